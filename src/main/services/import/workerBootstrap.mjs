// Starts the import worker from the TypeScript sources (CLI, browser mode and tests run through
// tsx); the desktop build runs its compiled importWorker.js directly instead.
import { workerData } from 'node:worker_threads'
import { register } from 'tsx/esm/api'

register()
await import(workerData.entry)
