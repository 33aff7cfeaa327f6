#if canImport(Glibc)
  import Glibc
#endif

/// Ends the process with `status` while `value` is still alive, so none of it is freed.
///
/// A roadmap of a million activities is a million and more heap objects, and releasing
/// them one by one on the way out is work no one waits for: the kernel takes the whole
/// address space back at once. Nothing is lost by not returning: every command prints
/// through `Output` (write(2), unbuffered, each result checked) and writes files through
/// `AtomicFile` or `OutputFile` (flushed and renamed before they return), so there is no
/// buffer left to flush. For the commands that only read (`summary`, `validate`, `export`).
func exitKeeping<T>(_ value: T, status: Int32 = 0) -> Never {
  withExtendedLifetime(value) { exit(status) }
}
