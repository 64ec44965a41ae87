// Package definition is boso's indicator definition format: the YAML an
// analyst writes, parsed strictly into typed values and validated as a
// whole (every problem, with file, line and column). It knows nothing of
// data; the engine binds definitions to source registers.
package definition
