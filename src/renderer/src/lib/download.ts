/** Hands a rendered export to the browser as a download: a Blob and a temporary <a download>. */
export function download(content: string, encoding: 'utf8' | 'base64', mime: string, fileName: string): void {
  const data =
    encoding === 'base64' ? Uint8Array.from(atob(content), (c) => c.charCodeAt(0)) : new TextEncoder().encode(content)
  const url = URL.createObjectURL(new Blob([data], { type: mime }))
  const a = document.createElement('a')
  a.href = url
  a.download = fileName
  a.rel = 'noopener'
  document.body.append(a)
  a.click()
  a.remove()
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
}
