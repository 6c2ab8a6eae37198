import { api } from '../api'
import { download } from '../lib/download'
import { shellKind } from '../lib/shell'
import type { ClaimSelection, ExportPreview } from '../../../shared/contract/export'
import { FORMAT_INFO, type ExportFormat } from '../../../shared/exportFormats'
import type { Slice } from './types'
import { plural } from '../../../shared/plural'

export interface ExportSlice {
  exportPreview(selection: ClaimSelection): Promise<ExportPreview | undefined>
  /**
   * Writes the report: to a file the editor picks in the desktop app, as a download in browser
   * mode. True once it is written; false if it failed or the editor cancelled.
   */
  exportReport(format: ExportFormat, selection: ClaimSelection): Promise<boolean>
}

/** Exports only read the project, so nothing here changes the store's data. */
export const createExportSlice: Slice<ExportSlice> = (_set, get) => ({
  exportPreview(selection) {
    return get().call(api.export.preview({ selection }))
  },
  async exportReport(format, selection) {
    const { call, notify } = get()
    if (shellKind === 'electron') {
      const picked = await call(api.export.pickFile({ format, defaultName: `report.${FORMAT_INFO[format].extension}` }))
      if (!picked?.file) return false
      const r = await call(api.export.toFile({ format, path: picked.file, selection }))
      if (r) notify('info', `Exported ${plural(r.claims, 'claim')} to ${r.out}`)
      return r !== undefined
    }
    const r = await call(api.export.render({ format, selection }))
    if (!r) return false
    download(r.content, r.encoding, r.mime, r.fileName)
    notify('info', `Exported ${plural(r.claims, 'claim')} as ${r.fileName}`)
    return true
  }
})
