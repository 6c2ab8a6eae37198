import { Workspace } from '/work/wt-6/src/main/services/workspace.ts'
import { createHandlers } from '/work/wt-6/src/main/services/handlers.ts'
import { dispatch } from '/work/wt-6/src/main/services/dispatch.ts'
import { mkdtempSync } from 'node:fs'
const ws = new Workspace({ via: 't', resourcesDir: '/work/wt-6/resources', recent: null })
ws.openSample(mkdtempSync('/tmp/s6-') + '/s.factdesk')
const h = createHandlers(ws, { version: 'x', shell: 'browser' })
const arts = ws.read(db => db.prepare('select id, body from articles').all()) as {id:number, body:string}[]
for (const a of arts) {
  const s = await dispatch(h, 'suggest.forArticle', { articleId: a.id })
  console.log('SUGGEST', a.id, JSON.stringify((s as any).value.map((x:any)=>[x.kind,x.confidence,x.text.slice(0,60)]),null,0))
}
const a1 = arts[0]
for (const q of ['The bridge will close for six months starting in April because inspectors found serious corrosion in the main cables', 'There is no serious corrosion in the main cables']) {
  const start = a1.body.indexOf(q)
  const r = await dispatch(h, 'match.forSpan', { articleId: a1.id, start, end: start + q.length, limit: 3 })
  console.log(JSON.stringify(r, null, 1))
}
