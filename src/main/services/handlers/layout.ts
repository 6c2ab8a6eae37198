import { readLayout, writeLayout } from '../layout'
import type { DomainHandlers, HandlerDeps } from './types'

export function layoutHandlers({ ws }: HandlerDeps): DomainHandlers<'layout'> {
  return {
    'layout.get': () => ws.read(readLayout),
    'layout.save': (layout) => {
      // A read-only project keeps the layout it had; nothing else is lost by not saving it.
      if (ws.info()?.readOnly) return null
      ws.write(({ db }) => writeLayout(db, layout), { undoable: false })
      return null
    }
  }
}
