import { between, pick, rng } from './random'

/**
 * A deterministic synthetic newsroom corpus: invented events, each reported by several outlets
 * that quote the same statements in slightly different words, with denials and evidence, in
 * articles from 300 to 20,000 words. Nothing here comes from a real outlet.
 */
export interface CorpusArticle {
  title: string
  outlet: string
  author: string
  url: string
  publishedAt: string
  body: string
  /** Offsets of the statements quoted in the body, for tagging passages. */
  statements: { start: number; end: number; statementId: number }[]
}

const OUTLETS = [
  'The Marlow Courier',
  'Eastshore Daily',
  'Radio Marlow News',
  'Northgate Herald',
  'The Valley Ledger',
  'Harbourside Times',
  'Capital Wire',
  'The Evening Lantern'
]
const NAMES = ['Dana Okafor', 'Piet Vandermeer', 'Sanna Lind', 'Tom Adeyemi', 'Ines Valdés', 'Lena Ortiz', 'Ravi Menon']
const ROLES = [
  'the transport commissioner',
  'a company spokesman',
  'the mayor',
  'a council member',
  'the health minister'
]
const SUBJECTS = [
  'the bridge',
  'the ferry service',
  'the new clinic',
  'the water plant',
  'the rail line',
  'the school budget'
]
const VERBS = ['will close', 'will reopen', 'was overspent', 'failed inspection', 'will be expanded', 'was sold']
const REASONS = [
  'because inspectors found serious corrosion',
  'after an audit found missing funds',
  'because demand doubled last year',
  'after the regulator raised safety concerns',
  'because the contract was never signed'
]
const FILLER = (
  'the council met on Tuesday and residents said they had not been consulted while officials promised a ' +
  'public hearing next month and several businesses warned of lost trade during the works the report ' +
  'was published on the city website and local groups asked for an independent review of the figures'
).split(' ')

export interface CorpusOptions {
  articles: number
  seed?: number
}

function sentence(r: () => number): string {
  const n = between(r, 8, 22)
  const words = Array.from({ length: n }, () => pick(r, FILLER))
  words[0] = words[0][0].toUpperCase() + words[0].slice(1)
  return `${words.join(' ')}.`
}

/** Word counts skewed like real coverage: mostly short pieces, a long tail up to 20,000 words. */
function wordTarget(r: () => number, i: number): number {
  if (i % 500 === 0) return 20_000
  const x = r()
  return Math.round(300 + 2_700 * x * x * x)
}

export function* generateCorpus(opts: CorpusOptions): Generator<CorpusArticle> {
  const r = rng(opts.seed ?? 42)
  const events = Math.max(1, Math.floor(opts.articles / 6))
  for (let i = 0; i < opts.articles; i++) {
    const event = i % events
    const er = rng(event * 7919 + (opts.seed ?? 42))
    const speaker = pick(er, NAMES)
    const subject = pick(er, SUBJECTS)
    const verb = pick(er, VERBS)
    const reason = pick(er, REASONS)
    const outlet = OUTLETS[i % OUTLETS.length]
    const variants = [
      `"${cap(subject)} ${verb} ${reason}," ${speaker} said.`,
      `${speaker} said ${subject} ${verb.replace('will', 'would')} ${reason}.`,
      `"We can confirm ${subject} ${verb} ${reason}," said ${speaker}, ${pick(r, ROLES)}.`
    ]
    const denial = `${pick(er, NAMES)} denied that ${subject} ${verb}, calling the claim baseless.`
    const evidence = `According to records published by the city, ${subject} ${pick(er, ['passed', 'failed'])} its last inspection.`

    const target = wordTarget(r, i)
    const paras: string[] = []
    const statements: CorpusArticle['statements'] = []
    let length = 0
    let words = 0
    const push = (text: string, statementId?: number) => {
      if (statementId !== undefined) statements.push({ start: length, end: length + text.length, statementId })
      paras.push(text)
      length += text.length + 2
      words += text.split(' ').length
    }
    push(pick(r, variants), event * 3)
    push(sentence(r) + ' ' + sentence(r))
    push(denial, event * 3 + 1)
    while (words < target) {
      const k = r()
      if (k < 0.04) push(evidence, event * 3 + 2)
      else if (k < 0.08) push(pick(r, variants), event * 3)
      else push(Array.from({ length: between(r, 2, 5) }, () => sentence(r)).join(' '))
    }
    yield {
      title: `${cap(subject)} ${verb}: ${outlet} report ${i}`,
      outlet,
      author: pick(r, NAMES),
      url: `https://news${i % OUTLETS.length}.example/story/${i}`,
      publishedAt: `2026-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`,
      body: paras.join('\n\n'),
      statements
    }
  }
}

function cap(s: string): string {
  return s[0].toUpperCase() + s.slice(1)
}
