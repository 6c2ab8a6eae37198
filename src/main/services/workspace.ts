import type Database from 'better-sqlite3'
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs'
import { userInfo } from 'node:os'
import { basename, dirname, extname, resolve } from 'node:path'
import type { ProjectInfo } from '../../shared/domain'
import { FactdeskError } from '../../shared/result'
import { projectDigest, type ProjectDigest } from '../store/digest'
import { ProjectFile, toFactdeskError } from '../store/projectFile'
import { describeOwner, WriterLock } from '../store/writerLock'
import { UndoLog, type UndoEntry, type UndoState } from '../store/undoLog'
import { recordChange } from './history'
import { addArticle } from './articles'
import { type AppConfig, resolveProjectPath } from './appConfig'
import type { RecentList } from './recent'
import { readSampleArticles, samplePath } from './sample'
import { getSettings, initSettings, readSetting } from './settings'

export interface WorkspaceOptions {
  /** Shown to a second process that finds the project locked. */
  via: string
  resourcesDir: string
  recent: RecentList | null
  nativeBinding?: string
  /** Where a new project typed as a bare name goes (the app, browser mode); null: the working directory. */
  projectsFolder?: string | null
  /** App-wide preferences: the editor's name for new projects. */
  appConfig?: AppConfig | null
}

export interface WriteOptions {
  /** What Edit › Undo will say: "Undo Tag passage". */
  label?: string
  /** False for bulk work (imports) whose inverse would be as large as the work itself. */
  undoable?: boolean
}

export interface WriteContext {
  db: Database.Database
  editor: string
  at: string
}

export function defaultEditorName(): string {
  try {
    return userInfo().username || 'Editor'
  } catch {
    return 'Editor'
  }
}

/** The project one window, server or command works on, and the only door to its file. */
export class Workspace {
  private project: ProjectFile | null = null
  private undoLog: UndoLog | null = null

  constructor(readonly options: WorkspaceOptions) {}

  get isOpen(): boolean {
    return this.project !== null
  }

  get file(): string | null {
    return this.project?.file ?? null
  }

  /** Whether the open project is read-only; null when none is open. */
  get readOnly(): boolean | null {
    return this.project ? this.project.readOnly : null
  }

  info(): ProjectInfo | null {
    const p = this.project
    if (!p) return null
    const count = (table: string) => p.db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number
    return {
      file: p.file,
      title: readSetting(p.db, 'title') || basename(p.file, extname(p.file)),
      schemaVersion: p.schemaVersion,
      articles: count('articles'),
      passages: count('passages'),
      claims: count('claims'),
      readOnly: p.readOnly,
      ...(p.readOnly && p.readOnlyReason ? { readOnlyReason: p.readOnlyReason } : {})
    }
  }

  requireInfo(): ProjectInfo {
    const info = this.info()
    if (!info) throw new FactdeskError('no_project', 'no project is open')
    return info
  }

  create(file: string, title?: string): ProjectInfo {
    const path = resolveProjectPath(file, this.options.projectsFolder ?? null)
    mkdirSync(dirname(path), { recursive: true })
    const next = ProjectFile.create(path, { via: this.options.via, nativeBinding: this.options.nativeBinding })
    try {
      next.db.transaction(() =>
        initSettings(
          next.db,
          title?.trim() || basename(path, '.factdesk'),
          this.options.appConfig?.editorName() ?? defaultEditorName()
        )
      )()
    } catch (e) {
      next.close()
      for (const suffix of ['', '-wal', '-shm']) rmSync(path + suffix, { force: true })
      throw toFactdeskError(e, path, 'was not created')
    }
    return this.adopt(next)
  }

  /** `remember: false` keeps the project out of the recent list (a temp file named on a command line). */
  open(
    file: string,
    access: 'write' | 'read' | 'prefer-write' = 'prefer-write',
    { remember = true }: { remember?: boolean } = {}
  ): ProjectInfo {
    const current = this.project
    if (current && !current.readOnly && access !== 'read' && current.file === resolve(file)) {
      // Already open here for writing: reopening would meet our own writer lock and fall back
      // to read-only (or fail), so keep the project as it is.
      const info = this.requireInfo()
      if (remember) this.options.recent?.add(info.file, info.title)
      return info
    }
    const next = ProjectFile.open(file, { access, via: this.options.via, nativeBinding: this.options.nativeBinding })
    return this.adopt(next, remember)
  }

  /** A fresh copy of the sample story, never the shipped files edited in place. */
  openSample(file?: string): ProjectInfo {
    const articles = readSampleArticles(this.options.resourcesDir)
    const taken = new Set<string>()
    for (;;) {
      const path = file ?? samplePath(new Date(), taken)
      try {
        this.create(path, 'Sample: the Harbour Bridge closure')
        break
      } catch (e) {
        // Two windows or servers making a sample in the same second can pick the same free name;
        // the one that finds it taken moves on to the next.
        const lost = e instanceof FactdeskError && (e.code === 'conflict' || e.code === 'locked')
        if (file || !lost || taken.size >= 20) throw e
        taken.add(path)
      }
    }
    this.write(
      ({ db, editor, at }) => {
        for (const a of articles) addArticle(db, { ...a, language: 'en', source: 'sample' }, editor, at)
      },
      { undoable: false }
    )
    return this.requireInfo()
  }

  close(): void {
    this.project?.close()
    this.project = null
    this.undoLog = null
  }

  async saveAs(file: string, overwrite = false): Promise<ProjectInfo> {
    const p = this.requireProject()
    const target = withExtension(resolve(file))
    if (target === p.file) throw new FactdeskError('conflict', 'choose a different file to save a copy to')
    if (existsSync(target) && !overwrite) throw new FactdeskError('conflict', `${target} already exists`)
    const holder = WriterLock.owner(target)
    if (holder) throw new FactdeskError('locked', `cannot replace ${target}: it is open in ${describeOwner(holder)}`)
    const tmp = `${target}.saving-${process.pid}`
    try {
      mkdirSync(dirname(target), { recursive: true })
      await p.backupTo(tmp)
      // Fingerprinted at once, before any other call can write: the backup's moment.
      const want = projectDigest(p.db)
      // Check the copy before it takes the target's name, so a failed copy never replaces a good file.
      const copy = ProjectFile.open(tmp, {
        access: 'read',
        via: this.options.via,
        nativeBinding: this.options.nativeBinding
      })
      let got: ProjectDigest
      try {
        got = projectDigest(copy.db)
      } finally {
        copy.close()
      }
      if (got.sha256 !== want.sha256) {
        throw new FactdeskError('io', `the copy written to ${target} did not match the project, so it was not kept`)
      }
      // The read-only check leaves an empty -wal and -shm beside the copy; they must not outlive it.
      removeSidecars(tmp)
      rmSync(`${target}-wal`, { force: true })
      rmSync(`${target}-shm`, { force: true })
      renameSync(tmp, target)
    } catch (e) {
      rmSync(tmp, { force: true })
      removeSidecars(tmp)
      throw toFactdeskError(e, target, 'was not written')
    }
    return this.open(target, 'write')
  }

  private adopt(next: ProjectFile, remember = true): ProjectInfo {
    this.close()
    this.project = next
    // Undo reaches back to when the project was opened, and no further.
    this.undoLog = next.readOnly ? null : new UndoLog(next.db)
    const info = this.requireInfo()
    if (remember) this.options.recent?.add(info.file, info.title)
    return info
  }

  private requireProject(): ProjectFile {
    if (!this.project) throw new FactdeskError('no_project', 'no project is open')
    return this.project
  }

  read<T>(fn: (db: Database.Database) => T): T {
    return fn(this.requireProject().db)
  }

  private context(db: Database.Database): WriteContext {
    return { db, editor: getSettings(db).editorName || defaultEditorName(), at: new Date().toISOString() }
  }

  /** Runs one edit as one immediate transaction: committed when this returns, or not at all. */
  write<T>(fn: (ctx: WriteContext) => T, opts: WriteOptions = {}): T {
    const p = this.requireProject()
    p.assertWritable()
    const log = this.undoLog
    let entry: UndoEntry | null = null
    try {
      const value = p.db
        .transaction(() => {
          const ctx = this.context(p.db)
          if (!log) return fn(ctx)
          if (opts.undoable === false) return log.untracked(() => fn(ctx))
          const captured = log.capture(opts.label ?? 'Edit', () => fn(ctx))
          entry = captured.entry
          return captured.value
        })
        .immediate()
      if (log && entry) log.push(entry)
      return value
    } catch (e) {
      throw toFactdeskError(e, p.file)
    }
  }

  undoState(): UndoState {
    return this.undoLog?.state() ?? { canUndo: false, canRedo: false, undoLabel: null, redoLabel: null }
  }

  /** Undoes (or redoes) the newest action; the history records that it happened. */
  step(direction: 'undo' | 'redo'): { label: string | null; state: UndoState } {
    const p = this.requireProject()
    p.assertWritable()
    const log = this.undoLog
    if (!log) return { label: null, state: this.undoState() }
    try {
      const done = p.db
        .transaction(() => {
          const r = direction === 'undo' ? log.undo() : log.redo()
          if (r) {
            const { editor, at } = this.context(p.db)
            recordChange(p.db, editor, at, { entity: 'project', entityId: null, action: direction, newValue: r.label })
          }
          return r
        })
        .immediate()
      done?.commit()
      return { label: done?.label ?? null, state: log.state() }
    } catch (e) {
      throw toFactdeskError(e, p.file)
    }
  }
}

function removeSidecars(path: string): void {
  rmSync(`${path}-wal`, { force: true })
  rmSync(`${path}-shm`, { force: true })
}

function withExtension(path: string): string {
  return extname(path).toLowerCase() === '.factdesk' ? path : `${path}.factdesk`
}
