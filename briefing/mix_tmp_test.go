package briefing

import (
	"os"
	"runtime"
	"runtime/pprof"
	"testing"
)

func TestMixTmp(t *testing.T) {
	dir := os.Getenv("MIXDIR")
	if dir == "" {
		t.Skip()
	}
	arts, _ := Load(os.DirFS(dir), ".", quietLog())
	b := New(arts)
	runtime.GC()
	f, _ := os.Create("/tmp/heap.out")
	pprof.WriteHeapProfile(f)
	f.Close()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	t.Logf("live heap %d MB", ms.HeapAlloc>>20)
	b.Brief("")
}
