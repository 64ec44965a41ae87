//go:build !unix

package output

// Without flock every staging folder found is taken for a stale one and
// runs into the same folder are not kept apart; a folder's names cannot
// be synced either.

func lockDir(dir string) (unlock func(), err error) { return func() {}, nil }

func tryLockDir(dir string) (unlock func(), err error) { return func() {}, nil }

func syncDir(dir string) error { return nil }
