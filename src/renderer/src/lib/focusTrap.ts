const TABBABLE =
  'a[href], button:not([disabled]), input:not([disabled]):not([type="hidden"]), select:not([disabled]), ' +
  'textarea:not([disabled]), [tabindex]:not([tabindex="-1"]), [contenteditable="true"]'

/**
 * The elements Tab stops at inside root, in document order: shown, enabled, not taken out of the
 * tab order, and of a radio group only its checked radio (Tab never stops at the others).
 */
export function focusableIn(root: HTMLElement | null): HTMLElement[] {
  if (!root) return []
  return [...root.querySelectorAll<HTMLElement>(TABBABLE)].filter((el) => {
    if (el.tabIndex < 0 || el.getClientRects().length === 0) return false
    if (el instanceof HTMLInputElement && el.type === 'radio' && !el.checked && el.name) {
      const group = root.querySelectorAll<HTMLInputElement>(`input[type="radio"][name="${CSS.escape(el.name)}"]`)
      return ![...group].some((r) => r.checked)
    }
    return true
  })
}
