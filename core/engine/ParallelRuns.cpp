#include "ParallelRuns.h"

#include <algorithm>
#include <exception>
#include <mutex>
#include <thread>
#include <vector>

namespace balise::engine {

int ParallelRuns::threadsFor(int requested, std::int64_t count)
{
    int threads = requested > 0 ? requested : static_cast<int>(std::thread::hardware_concurrency());
    threads = std::max(threads, 1);
    return static_cast<int>(std::min<std::int64_t>(threads, std::max<std::int64_t>(count, 1)));
}

std::int64_t ParallelRuns::run(std::int64_t count, const RunControl& control, const WorkerFactory& makeWorker)
{
    if (count <= 0)
        return 0;
    const int threads = threadsFor(control.threads, count);
    // Ranges small enough that both threads stay busy to the end and a cancel is seen at once, large
    // enough that the shared counter is touched rarely.
    const std::int64_t chunk = std::clamp<std::int64_t>(count / (static_cast<std::int64_t>(threads) * 32), 1, 16);
    // About a hundred progress reports per job, whatever its size.
    const std::int64_t reportEvery = std::max<std::int64_t>(1, count / 100);

    std::atomic<std::int64_t> nextIndex{0};
    std::atomic<std::int64_t> done{0};
    std::atomic<bool> stop{false};
    std::mutex progressMutex;
    std::int64_t reported = 0; // guarded by progressMutex
    std::mutex errorMutex;
    std::exception_ptr error; // guarded by errorMutex

    auto cancelled = [&] {
        return stop.load(std::memory_order_relaxed) || (control.cancel && control.cancel->load());
    };
    auto report = [&](std::int64_t finished) {
        if (!control.progress)
            return;
        const std::lock_guard lock(progressMutex);
        if (finished <= reported)
            return; // another thread already reported as much or more
        reported = finished;
        control.progress(static_cast<double>(finished) / static_cast<double>(count));
    };
    auto work = [&] {
        try {
            const auto body = makeWorker();
            while (!cancelled()) {
                const std::int64_t begin = nextIndex.fetch_add(chunk, std::memory_order_relaxed);
                if (begin >= count)
                    break;
                const std::int64_t end = std::min(begin + chunk, count);
                for (std::int64_t index = begin; index < end; ++index) {
                    if (cancelled())
                        return;
                    body(index);
                    const std::int64_t finished = done.fetch_add(1, std::memory_order_relaxed) + 1;
                    if (finished % reportEvery == 0 || finished == count)
                        report(finished);
                }
            }
        } catch (...) {
            const std::lock_guard lock(errorMutex);
            if (!error)
                error = std::current_exception();
            stop = true;
        }
    };

    std::vector<std::jthread> helpers;
    helpers.reserve(static_cast<size_t>(threads - 1));
    for (int t = 1; t < threads; ++t)
        helpers.emplace_back(work);
    work();          // the calling thread is one of the workers
    helpers.clear(); // joins
    if (error)
        std::rethrow_exception(error);
    return done.load();
}

} // namespace balise::engine
