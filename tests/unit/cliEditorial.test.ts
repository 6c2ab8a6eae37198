import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { cliRunner, addArticles, newWorkspace, useTempDirs } from './helpers'

const tempDir = useTempDirs()

const cli = cliRunner(tempDir)

describe('factdesk tag, status and list', () => {
  it('tags, links, sets a status and lists everything as product.md gives it', async () => {
    const file = join(tempDir(), 'story.factdesk')
    const ws = newWorkspace()
    ws.create(file, 'Story')
    addArticles(ws, 2, 20)
    ws.close()

    const tag = await cli(
      'tag',
      file,
      '--article',
      '1',
      '--quote',
      'harbour0word3 harbour0word4',
      '--kind',
      'claim',
      '--new-claim',
      'Word three',
      '--json'
    )
    expect(tag).toMatchObject({ code: 0, stderr: '' })
    const tagged = JSON.parse(tag.stdout)
    expect(tagged.passage).toMatchObject({ articleId: 1, kind: 'claim', exact: 'harbour0word3 harbour0word4' })
    const claimId = tagged.claim.id

    const ev = await cli(
      'tag',
      file,
      '--article',
      '2',
      '--quote',
      'harbour1word5',
      '--kind',
      'evidence',
      '--claim',
      String(claimId),
      '--stance',
      'refutes',
      '--note',
      'see survey',
      '--json'
    )
    expect(ev.code).toBe(0)
    expect(JSON.parse(ev.stdout).passage).toMatchObject({ role: 'refutes', note: 'see survey', claimId })

    const missing = await cli('tag', file, '--article', '1', '--quote', 'not there', '--kind', 'denial')
    expect(missing.code).toBe(1)
    expect(missing.stderr.trim().split('\n')).toHaveLength(1)
    expect((await cli('tag', file, '--article', '1', '--quote', 'x', '--kind', 'rumour')).code).toBe(2)

    const status = await cli(
      'status',
      file,
      '--claim',
      String(claimId),
      '--set',
      'false',
      '--rationale',
      'The survey says so',
      '--json'
    )
    expect(status.code).toBe(0)
    expect(JSON.parse(status.stdout).claim).toMatchObject({ status: 'false', rationale: 'The survey says so' })
    expect((await cli('status', file, '--claim', String(claimId), '--set', 'nonsense')).code).toBe(1)

    const claims = JSON.parse((await cli('list', file, 'claims', '--json')).stdout)
    expect(claims).toEqual([
      {
        id: claimId,
        text: 'Word three',
        claimant: '',
        status: 'false',
        rationale: 'The survey says so',
        passages: [
          { id: 1, articleId: 1, role: 'states' },
          { id: 2, articleId: 2, role: 'refutes' }
        ]
      }
    ])
    const passages = JSON.parse((await cli('list', file, 'passages', '--json')).stdout)
    expect(Object.keys(passages[0])).toEqual([
      'id',
      'articleId',
      'kind',
      'start',
      'end',
      'exact',
      'claimId',
      'role',
      'note'
    ])
    const articles = JSON.parse((await cli('list', file, 'articles', '--json')).stdout)
    expect(Object.keys(articles[0])).toEqual([
      'id',
      'title',
      'outlet',
      'author',
      'url',
      'publishedAt',
      'language',
      'chars'
    ])
    expect((await cli('list', file, 'bananas')).code).toBe(2)
  }, 60_000)
})
