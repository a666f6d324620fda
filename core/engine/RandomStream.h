#pragma once

#include <cstdint>

namespace balise::engine {

// A random stream per task, so that a Monte Carlo run gives the same numbers whatever the number of
// threads and whichever thread runs which replication: replication r always draws from stream r of the
// run's seed, never from a generator shared between threads.
//
// The generator is xoshiro256** 1.0 (Blackman & Vigna, "Scrambled linear pseudorandom number
// generators", 2018): 256 bits of state, period 2^256 − 1, a few nanoseconds per draw. Its state for
// (seed, stream) is filled by SplitMix64 (Steele, Lea & Flood 2014, the seeding its authors recommend)
// started from mix(mix(seed) ^ stream): for one seed, distinct streams start from distinct states, and
// the mixing decorrelates neighbouring indices. A stream uses a few hundred draws out of a period of
// 2^256, so overlaps between streams are not a practical concern.
//
// The sequence for a (seed, stream) pair is part of what makes runs reproducible: changing this file
// changes every published result for a given seed.
class RandomStream
{
public:
    RandomStream(std::uint64_t seed, std::uint64_t stream)
    {
        std::uint64_t state = mix(mix(seed + Golden) ^ stream);
        for (auto& word : m_state)
            word = splitMix(state);
    }

    std::uint64_t next()
    {
        const std::uint64_t result = rotl(m_state[1] * 5, 7) * 9;
        const std::uint64_t t = m_state[1] << 17;
        m_state[2] ^= m_state[0];
        m_state[3] ^= m_state[1];
        m_state[1] ^= m_state[2];
        m_state[0] ^= m_state[3];
        m_state[2] ^= t;
        m_state[3] = rotl(m_state[3], 45);
        return result;
    }

    // Uniform on [0, 1) with 53 random bits (every double of the form k·2⁻⁵³).
    double uniform() { return static_cast<double>(next() >> 11) * 0x1.0p-53; }
    // Uniform on [lo, hi).
    double uniform(double lo, double hi) { return lo + (hi - lo) * uniform(); }
    // A fair coin, from the generator's best bit (the highest).
    bool coin() { return (next() >> 63) != 0; }
    // Uniform integer on [0, n), n ≥ 1: floor(n·u). With 53-bit u the bias is below n·2⁻⁵³, far below what a
    // few thousand replications can see.
    int below(int n)
    {
        const int k = static_cast<int>(uniform() * n);
        return k < n ? k : n - 1;
    }

    // SplitMix64's output function: a bijection of 64-bit words with good avalanche.
    static constexpr std::uint64_t mix(std::uint64_t z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }

private:
    static constexpr std::uint64_t Golden = 0x9E3779B97F4A7C15ULL;

    static constexpr std::uint64_t rotl(std::uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }
    static constexpr std::uint64_t splitMix(std::uint64_t& state) { return mix(state += Golden); }

    std::uint64_t m_state[4];
};

} // namespace balise::engine
