import type { Article, ArticleSummary } from '../../../shared/domain'
import { useApp } from '../store'
import { ArticlePicker, articleLabel } from './ArticlePicker'
import { MenuButton, type MenuItem } from './MenuButton'

interface Props {
  index: number
  articles: ArticleSummary[]
  articleId: number | null
  article: Article | undefined
  onPick: (id: number | null) => void
  showSuggestions: boolean
  onToggleSuggestions: () => void
}

/**
 * One row at any pane width: the article's outlet and title (the native picker lies over them,
 * so a click opens the list), the suggestions toggle as a compact button, and the rest in the
 * pane's menu. Narrow panes drop the toggle's word, never the title.
 */
export function PaneHeader({
  index,
  articles,
  articleId,
  article,
  onPick,
  showSuggestions,
  onToggleSuggestions
}: Props) {
  const n = index + 1
  const paneCount = useApp((s) => s.panes.length)
  const readOnly = useApp((s) => s.project?.readOnly ?? false)
  const openDialog = useApp((s) => s.openDialog)
  const closePane = useApp((s) => s.closePane)

  const items: MenuItem[] = []
  if (article && !readOnly) {
    items.push({
      label: 'Edit text',
      name: `Edit text of the article in pane ${n}`,
      onSelect: () => openDialog({ type: 'editText', articleId: article.id })
    })
  }
  if (paneCount > 1) items.push({ label: 'Close pane', name: `Close pane ${n}`, onSelect: () => closePane(index) })

  return (
    <div className="pane-header">
      <div className="pane-title" title={article ? articleLabel(article) : undefined}>
        <span className="pane-title-outlet">{article ? (article.outlet ?? 'Unknown outlet') : `Pane ${n}`}</span>
        <span className="pane-title-text">{article ? article.title : 'Choose an article…'}</span>
        <span className="pane-title-caret" aria-hidden="true">
          ▾
        </span>
        <ArticlePicker
          n={n}
          articles={articles}
          value={articleId}
          valueLabel={article ? articleLabel(article) : ''}
          onPick={onPick}
        />
      </div>
      {article && (
        <button
          type="button"
          className="pane-tool"
          aria-pressed={showSuggestions}
          aria-label="Show suggestions"
          title="Mark spans that look like claims, denials or evidence"
          onClick={onToggleSuggestions}
        >
          <span aria-hidden="true">✦</span>
          <span className="pane-tool-word">Suggestions</span>
        </button>
      )}
      {items.length > 0 && (
        <MenuButton label={`Pane ${n} options`} face={<span aria-hidden="true">⋯</span>} items={items} />
      )}
    </div>
  )
}
