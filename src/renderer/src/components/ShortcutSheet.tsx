import { useApp } from '../store'
import { Modal } from './Modal'

const KEYS: [string, string][] = [
  ['?', 'Show this list of keys'],
  ['C / D / E', 'With text selected in a pane: tag it as a claim, a denial or evidence'],
  ['Esc', 'Dismiss the selection toolbar or close a dialog'],
  ['Tab / Shift+Tab', 'Move between controls and highlights'],
  ['Enter or Space on a highlight', 'Select its passage and claim in the inspector'],
  ['Ctrl/Cmd+Z', 'Undo the last edit (outside text fields)'],
  ['Shift+Ctrl/Cmd+Z or Ctrl+Y', 'Redo'],
  ['Arrow keys on a pane divider', 'Make the pane narrower or wider'],
  ['Extend / Shrink start or end (inspector)', 'Move an edge of the selected passage by one word'],
  ['Enter in a tag dialog', 'Tag with the new or chosen claim'],
  ['Enter or A on a suggestion', 'Open the tag dialog for it, prefilled with its kind'],
  ['X or Delete on a suggestion', 'Dismiss it for this session']
]

export function ShortcutSheet() {
  const close = useApp((s) => s.closeDialog)
  return (
    <Modal title="Keyboard shortcuts" onClose={close}>
      <table className="shortcut-table">
        <tbody>
          {KEYS.map(([k, what]) => (
            <tr key={k}>
              <th scope="row">
                <kbd>{k}</kbd>
              </th>
              <td>{what}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="form-actions">
        <button type="button" className="primary" onClick={close}>
          Close
        </button>
      </div>
    </Modal>
  )
}
