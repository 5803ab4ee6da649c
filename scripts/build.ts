/** `npm run build`: the production build, stamped so `npm start` knows it is current. */
import { ensureBuild } from '../src/server/build'

ensureBuild({ ...process.env, NODE_ENV: 'production' }, (message) => console.log(`[glassworks] ${message}`)).then(
  () => process.exit(0),
  (error) => {
    console.error(`[glassworks] ${(error as Error).message}`)
    process.exit(1)
  },
)
