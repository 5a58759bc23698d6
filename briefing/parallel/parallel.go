// Package parallel runs per-article work on all cores.
package parallel

import (
	"runtime"
	"sync"
	"sync/atomic"
)

// For runs fn for every index below n on all cores. Each call must write
// only its own slot of any shared result, so the result does not depend on
// the order the calls run in.
func For(n int, fn func(i int)) {
	workers := min(runtime.GOMAXPROCS(0), n)
	var next atomic.Int64
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				i := int(next.Add(1) - 1)
				if i >= n {
					return
				}
				fn(i)
			}
		}()
	}
	wg.Wait()
}
