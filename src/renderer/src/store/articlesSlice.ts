import { api } from '../api'
import type { Article, ArticleMeta, ArticleSummary, UpdateTextResult } from '../../../shared/domain'
import { changeOf } from './change'
import type { Slice } from './types'

type MetaInput = Partial<Record<Exclude<keyof ArticleMeta, 'title'>, string>>

export interface ArticlesSlice {
  articles: ArticleSummary[]
  /** False from opening a project until its article list has arrived: the list is loading, not empty. */
  articlesLoaded: boolean
  bodies: Record<number, Article>
  loadArticles(): Promise<void>
  loadArticle(id: number): Promise<Article | undefined>
  /** The article as stored, without keeping its text in the store (a dialog's one look at it). */
  readArticle(id: number): Promise<Article | undefined>
  pasteArticle(input: { title: string; body: string } & MetaInput): Promise<Article | undefined>
  /** Replaces the text; the services re-anchor its passages and report any orphans. */
  updateText(id: number, body: string): Promise<UpdateTextResult | undefined>
  updateArticleDetails(id: number, input: { title: string } & MetaInput): Promise<boolean>
  articleDeleteImpact(id: number): Promise<{ passages: number; links: number; claims: number } | undefined>
  deleteArticle(id: number): Promise<boolean>
}

/** Empty fields are stored as null, not as empty text. */
const clean = (v?: string) => (v && v.trim() ? v.trim() : null)
const cleanMeta = (m: MetaInput) => ({
  outlet: clean(m.outlet),
  author: clean(m.author),
  url: clean(m.url),
  publishedAt: clean(m.publishedAt)
})

export const createArticlesSlice: Slice<ArticlesSlice> = (set, get) => ({
  articles: [],
  articlesLoaded: false,
  bodies: {},
  async loadArticles() {
    set({ articles: (await get().call(api.articles.list({}))) ?? [], articlesLoaded: true })
  },
  async loadArticle(id) {
    const cached = get().bodies[id]
    if (cached) return cached
    const article = await get().call(api.articles.get({ id }))
    if (article) set((s) => ({ bodies: { ...s.bodies, [id]: article } }))
    return article
  },
  async readArticle(id) {
    const r = await api.articles.get({ id })
    return r.ok ? r.value : undefined
  },
  async pasteArticle(input) {
    const article = await get().call(api.articles.paste({ title: input.title, body: input.body, ...cleanMeta(input) }))
    if (!article) return undefined
    await get().commit(changeOf.articleWritten(article))
    get().showInPane(article.id)
    get().notify('info', `Added "${article.title}"`)
    return article
  },
  async updateText(id, body) {
    const r = await get().call(api.articles.updateText({ id, body }))
    if (r) await get().commit(changeOf.textUpdated(r))
    return r
  },
  async updateArticleDetails(id, input) {
    const article = await get().call(
      api.library.updateArticle({ id, title: input.title, ...cleanMeta(input), language: clean(input.language) })
    )
    if (article) await get().commit(changeOf.articleWritten(article))
    return article !== undefined
  },
  articleDeleteImpact(id) {
    return get().call(api.library.deleteImpact({ id }))
  },
  async deleteArticle(id) {
    const r = await get().call(api.library.deleteArticle({ id }))
    if (r) await get().commit(changeOf.articleDeleted(r))
    return r !== undefined
  }
})
