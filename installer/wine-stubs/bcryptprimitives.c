/* Test-only stub of bcryptprimitives.dll for Wine 8.0, which lacks it. QtPdf's pdfium (Chromium's base library)
   loads it for ProcessPrng when the first QPdfDocument is created and stops with int3 when it is missing.
   Windows 10 and later have the real one; this file is built into the test wine prefix only, never bundled. */
#include <windows.h>
#include <bcrypt.h>
__declspec(dllexport) BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T size)
{
    while (size > 0) {  /* BCryptGenRandom takes a ULONG length */
        ULONG chunk = size > 0x40000000 ? 0x40000000 : (ULONG)size;
        if (BCryptGenRandom(NULL, data, chunk, BCRYPT_USE_SYSTEM_PREFERRED_RNG) != 0)
            return FALSE;
        data += chunk;
        size -= chunk;
    }
    return TRUE;
}
