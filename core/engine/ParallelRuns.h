#pragma once

#include <atomic>
#include <cstdint>
#include <functional>

namespace balise::engine {

// Called with the fraction of runs done (0–1]. It is called from worker threads, never two calls at
// once, with increasing fractions, at most about a hundred times per job: a GUI can forward it to its
// own thread without flooding the event loop.
using ProgressCallback = std::function<void(double fraction)>;

// How a long computation shares the machine and how the caller steers it.
struct RunControl
{
    int threads = 0;                           // 0 = every core the machine reports
    ProgressCallback progress;                 // optional
    const std::atomic<bool>* cancel = nullptr; // optional; set to true to stop, checked before every run
};

// Runs `count` independent, numbered runs on a few threads. Threads take small ranges of consecutive
// indices from a shared counter (a slow thread on a busy machine just takes fewer ranges), and every
// run writes only its own outputs, so results never depend on which thread ran what: the callers make
// each run's randomness a function of its index (RandomStream) and get the same results for any
// number of threads.
class ParallelRuns
{
public:
    // Makes the function that one thread calls for each of its indices; called once per thread, on that
    // thread, so per-thread scratch memory can live in the returned closure.
    using WorkerFactory = std::function<std::function<void(std::int64_t index)>()>;

    // Returns how many runs were made: fewer than `count` when cancelled. An exception thrown by a run
    // stops the others and is rethrown here.
    static std::int64_t run(std::int64_t count, const RunControl& control, const WorkerFactory& makeWorker);

    // The threads that would be used: the request (0 = hardware concurrency), at least 1, at most count.
    static int threadsFor(int requested, std::int64_t count);
};

} // namespace balise::engine
