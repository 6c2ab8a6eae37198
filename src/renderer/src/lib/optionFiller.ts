export interface OptionItem {
  value: string
  label: string
}

/** Options added per idle slice: a few milliseconds to build, and as many to style in the next frame. */
const CHUNK = 250

/**
 * Keeps a native <select>'s options in step with a long list without building them all at once.
 * Chromium lays out every option of a select whose list changes: 10,000 options cost a quarter of
 * a second to build and style, twice over with two reader panes, and that used to sit between
 * opening a project and seeing its first article. Options are added in idle slices instead; the
 * chosen item shows at once through a stand-in option until its own is added, and the rest are
 * added at once when the editor reaches for the list (focus, pointer down).
 */
export class OptionFiller {
  private items: readonly OptionItem[] = []
  private indexOf = new Map<string, number>()
  private added = 0
  private idle: number | null = null
  private standIn: HTMLOptionElement | null = null
  private value = ''
  private label = ''

  constructor(
    private readonly select: HTMLSelectElement,
    placeholder: string
  ) {
    select.replaceChildren(new Option(placeholder, ''))
  }

  setItems(items: readonly OptionItem[]): void {
    this.cancel()
    this.items = items
    this.indexOf = new Map(items.map((item, i) => [item.value, i]))
    this.added = 0
    this.standIn = null
    this.select.length = 1
    this.show()
    if (this.select.ownerDocument.activeElement === this.select) this.flush()
    else this.schedule()
  }

  /** The chosen value, and the label to show for it while its own option has not been added. */
  setValue(value: string, label: string): void {
    this.value = value
    this.label = label
    this.show()
  }

  /** Adds every remaining option now: the editor is about to open the list or type in it. */
  flush(): void {
    this.cancel()
    this.addUpTo(this.items.length)
  }

  dispose(): void {
    this.cancel()
  }

  private addUpTo(end: number): void {
    if (end <= this.added) return
    const chunk = document.createDocumentFragment()
    for (let i = this.added; i < end; i++) chunk.append(new Option(this.items[i].label, this.items[i].value))
    this.select.append(chunk)
    this.added = end
    this.show()
  }

  private show(): void {
    const own = this.indexOf.get(this.value)
    const hasOwn = this.value === '' || (own !== undefined && own < this.added)
    if (hasOwn) {
      this.standIn?.remove()
      this.standIn = null
    } else {
      this.standIn ??= this.select.insertBefore(new Option(), this.select.options[1] ?? null)
      this.standIn.value = this.value
      this.standIn.text = this.label || this.value
    }
    if (this.select.value !== this.value) this.select.value = this.value
  }

  private schedule(): void {
    if (this.added >= this.items.length) return
    this.idle = requestIdleCallback(
      (deadline) => {
        this.idle = null
        do this.addUpTo(Math.min(this.items.length, this.added + CHUNK))
        while (this.added < this.items.length && deadline.timeRemaining() > 4)
        this.schedule()
      },
      // A busy page still gets its options within a second or so, one slice per callback.
      { timeout: 300 }
    )
  }

  private cancel(): void {
    if (this.idle !== null) cancelIdleCallback(this.idle)
    this.idle = null
  }
}
