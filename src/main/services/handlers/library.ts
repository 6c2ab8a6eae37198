import { FactdeskError } from '../../../shared/result'
import { ImportJobs } from '../import/jobs'
import { expandPaths } from '../import/sources'
import { readImportMaxBytes, writeImportMaxBytes } from '../import/settings'
import { deleteArticle, deleteImpact, updateArticleMeta } from '../library'
import { searchInParallel } from '../search/pool'
import type { DomainHandlers, HandlerDeps } from './types'

export function libraryHandlers({ ws, shell }: HandlerDeps): DomainHandlers<'import' | 'library' | 'search'> {
  const jobs = new ImportJobs(ws)
  return {
    'import.start': ({ paths }) => {
      ws.requireInfo()
      const { items, missing } = expandPaths(paths)
      return { jobId: jobs.start(items, missing) }
    },
    'import.uploads': ({ uploadId, files, start }) => {
      ws.requireInfo()
      const id = jobs.stage(uploadId, files)
      return { uploadId: id, jobId: start ? jobs.startStaged(id) : null }
    },
    'import.progress': ({ jobId }) => jobs.progress(jobId),
    'import.cancel': ({ jobId }) => jobs.cancel(jobId),
    'import.limits': () => ({ maxBytes: ws.read(readImportMaxBytes) }),
    'import.setLimits': ({ maxBytes }) =>
      ws.write(({ db, editor, at }) => writeImportMaxBytes(db, maxBytes, editor, at), {
        label: 'Change import size limit'
      }),
    'import.pickFiles': async ({ folders }) =>
      shell?.pickFilesToImport ? shell.pickFilesToImport(folders ?? false) : null,
    'library.updateArticle': ({ id, ...patch }) =>
      ws.write(({ db, editor, at }) => updateArticleMeta(db, id, patch, editor, at), { label: 'Edit article details' }),
    'library.deleteImpact': ({ id }) => ws.read((db) => deleteImpact(db, id)),
    'library.deleteArticle': ({ id }) =>
      ws.write(({ db, editor, at }) => deleteArticle(db, id, editor, at), { label: 'Delete article' }),
    'search.query': ({ q, ...filters }) => {
      if (q.length > 500) throw new FactdeskError('invalid_input', 'the search is too long')
      return searchInParallel(ws, q, filters)
    }
  }
}
