/*
 * `--cpu-prof` for the app's processes under `npm run bench -- --cpu-prof`. Node 20 refuses
 * `--cpu-prof` in NODE_OPTIONS (and `npm start` spawns several node processes, so the flag
 * cannot go on one command line), so this file is preloaded with `--require` instead: it starts
 * the V8 profiler through the inspector and writes `<pid>.cpuprofile` into
 * BENCH_CPU_PROFILE_DIR when the process exits or is stopped. SIGUSR2 writes the profile so far
 * as `<pid>-<n>.cpuprofile` and starts a new one: the bench sends it around one load run, so a
 * segment holds exactly that run's requests.
 */
const fs = require('node:fs')
const path = require('node:path')
const inspector = require('node:inspector')

const dir = process.env.BENCH_CPU_PROFILE_DIR
if (dir) {
  const session = new inspector.Session()
  session.connect()
  session.post('Profiler.enable')
  session.post('Profiler.setSamplingInterval', { interval: 1000 })
  session.post('Profiler.start')
  let written = false
  const write = () => {
    if (written) return
    written = true
    // The in-thread session answers synchronously, so this works inside 'exit' too.
    session.post('Profiler.stop', (error, result) => {
      if (!error) fs.writeFileSync(path.join(dir, `${process.pid}.cpuprofile`), JSON.stringify(result.profile))
    })
  }
  let segment = 0
  process.on('SIGUSR2', () => {
    const n = ++segment
    session.post('Profiler.stop', (error, result) => {
      if (!error) fs.writeFileSync(path.join(dir, `${process.pid}-${n}.cpuprofile`), JSON.stringify(result.profile))
      session.post('Profiler.start')
    })
  })
  process.on('exit', write)
  for (const signal of ['SIGTERM', 'SIGINT']) {
    process.prependListener(signal, () => {
      write()
      // Alone, this listener would keep the signal from ending the process: end it as Node would.
      if (process.listenerCount(signal) === 1) process.exit(128 + (signal === 'SIGTERM' ? 15 : 2))
    })
  }
}
