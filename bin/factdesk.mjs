#!/usr/bin/env node
// The CLI runs from the TypeScript sources through tsx, so it is never a stale build.
import { register } from 'tsx/esm/api'

register()
await import('../src/main/cli/index.ts')
