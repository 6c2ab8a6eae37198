import { useApp } from '../store'
import { PasteArticleDialog } from './PasteArticleDialog'
import { PathDialog } from './PathDialog'
import { EditTextDialog } from './EditTextDialog'
import { SettingsDialog } from './SettingsDialog'
import { ShortcutSheet } from './ShortcutSheet'
import { TagDialog } from './TagDialog'

export function Dialogs() {
  const dialog = useApp((s) => s.dialog)
  switch (dialog.type) {
    case 'paste':
      return <PasteArticleDialog />
    case 'settings':
      return <SettingsDialog />
    case 'path':
      return <PathDialog purpose={dialog.purpose} />
    case 'tag':
      return <TagDialog request={dialog} />
    case 'shortcuts':
      return <ShortcutSheet />
    case 'editText':
      return <EditTextDialog articleId={dialog.articleId} />
    default:
      return null
  }
}
