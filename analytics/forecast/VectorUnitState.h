#pragma once

namespace epidesk {

// Clears the "dirty upper" state of the x86 vector registers (VZEROUPPER)
// on the calling thread. While the upper halves of the YMM registers are
// marked in use, every legacy-SSE instruction pays a transition penalty or a
// false dependency; threads inherit the state from the thread that created
// them, and epidesk-cli's worker threads start with it set (measured: ETS
// fits 7x slower). Call it at the start of long SSE-bound loops; it is a
// no-op on CPUs without AVX and on other architectures.
inline void resetUpperVectorState() {
#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
  static const bool avx = __builtin_cpu_supports("avx");
  if (avx)
    asm volatile("vzeroupper" ::
                     : "memory", "xmm0", "xmm1", "xmm2", "xmm3", "xmm4", "xmm5", "xmm6", "xmm7", "xmm8",
                       "xmm9", "xmm10", "xmm11", "xmm12", "xmm13", "xmm14", "xmm15");
#endif
}

} // namespace epidesk
