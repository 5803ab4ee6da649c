/*
 * Where the app's processes allocate: preloaded (`--require`) like cpuProfileHook.cjs, it runs
 * V8's sampling heap profiler (every ~32 KB allocated, objects collected since included) and
 * on SIGUSR2 writes `<pid>-<n>.heapprofile` into BENCH_ALLOC_PROFILE_DIR and starts anew, so a
 * segment holds exactly the requests between two signals. `restMissProbe --alloc-prof` sends
 * them; `npx tsx bench/allocProfile.ts <file> [requests]` summarises.
 */
const fs = require('node:fs')
const path = require('node:path')
const inspector = require('node:inspector')

const dir = process.env.BENCH_ALLOC_PROFILE_DIR
if (dir) {
  const session = new inspector.Session()
  session.connect()
  const start = () =>
    session.post('HeapProfiler.startSampling', {
      samplingInterval: 32768,
      includeObjectsCollectedByMajorGC: true,
      includeObjectsCollectedByMinorGC: true,
    })
  session.post('HeapProfiler.enable', start)
  let segment = 0
  process.on('SIGUSR2', () => {
    const n = ++segment
    session.post('HeapProfiler.stopSampling', (error, result) => {
      if (!error) fs.writeFileSync(path.join(dir, `${process.pid}-${n}.heapprofile`), JSON.stringify(result.profile))
      start()
    })
  })
}
