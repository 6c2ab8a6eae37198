import { api } from '../api'
import type { Article, ArticleSummary } from '../../../shared/domain'
import type { Slice } from './types'

export interface ArticlesSlice {
  articles: ArticleSummary[]
  /** False from opening a project until its article list has arrived: the list is loading, not empty. */
  articlesLoaded: boolean
  bodies: Record<number, Article>
  loadArticles(): Promise<void>
  loadArticle(id: number): Promise<Article | undefined>
  pasteArticle(input: {
    title: string
    body: string
    outlet?: string
    author?: string
    url?: string
    publishedAt?: string
  }): Promise<Article | undefined>
}

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
  async pasteArticle(input) {
    const clean = (v?: string) => (v && v.trim() ? v.trim() : null)
    const article = await get().call(
      api.articles.paste({
        title: input.title,
        body: input.body,
        outlet: clean(input.outlet),
        author: clean(input.author),
        url: clean(input.url),
        publishedAt: clean(input.publishedAt)
      })
    )
    if (!article) return undefined
    set((s) => ({ bodies: { ...s.bodies, [article.id]: article } }))
    await Promise.all([get().loadArticles(), get().refreshInfo()])
    get().showInPane(article.id)
    get().notify('info', `Added "${article.title}"`)
    return article
  }
})
