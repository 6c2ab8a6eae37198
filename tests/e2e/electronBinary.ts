export { electronBinary } from '../../scripts/lib/electronBinary.mjs'
