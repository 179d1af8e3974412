import { jobsCron, jobsIntervalSeconds, runnerLeaseMs } from '@/jobs/runner'

describe('jobs interval', () => {
  it('is read from CAREPATH_JOBS_INTERVAL_SECONDS (default a minute) and refused with a clear message when invalid', () => {
    expect(jobsIntervalSeconds({})).toBe(60)
    expect(jobsIntervalSeconds({ CAREPATH_JOBS_INTERVAL_SECONDS: ' 5 ' })).toBe(5)
    for (const bad of ['often', '0', '1.5', '3601', '-5']) {
      expect(() => jobsIntervalSeconds({ CAREPATH_JOBS_INTERVAL_SECONDS: bad })).toThrow(`whole number of seconds from 1 to 3600 (got "${bad}")`)
    }
  })

  it('becomes a cron with seconds, and a runner lease that outlives one tick', () => {
    expect(jobsCron(5)).toBe('*/5 * * * * *')
    expect(jobsCron(60)).toBe('0 */1 * * * *')
    expect(jobsCron(300)).toBe('0 */5 * * * *')
    expect(jobsCron(90)).toBe('0 */2 * * * *')
    expect(jobsCron(3600)).toBe('0 0 * * * *')
    expect(runnerLeaseMs(60)).toBe(90_000)
    expect(runnerLeaseMs(2)).toBe(15_000)
  })
})
