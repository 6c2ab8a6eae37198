/** "1 claim", "2 claims", "10,000 articles": the count with thousands separators and the right form. */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString('en')} ${n === 1 ? one : many}`
}
