package briefing

import (
	"go/parser"
	"go/token"
	"io/fs"
	"path"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// layers orders the core's packages: each may import only packages of a
// lower layer, and none imports the rest of the program.
var layers = map[string]int{
	"dates": 0, "parallel": 0, "disjoint": 0, "text": 1, "copies": 2, "names": 2, "people": 3,
	"quotes": 4, "timeline": 5, "summary": 6, "briefing": 7, "gen": 7, "train": 7,
}

func TestCoreImportsOnlyDownward(t *testing.T) {
	const module = "github.com/briefbot/briefbot/"
	err := filepath.WalkDir(".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(p, ".go") || strings.HasSuffix(p, "_test.go") {
			return err
		}
		pkg := path.Base(filepath.ToSlash(filepath.Dir(p)))
		if pkg == "." {
			pkg = "briefing"
		}
		f, err := parser.ParseFile(token.NewFileSet(), p, nil, parser.ImportsOnly)
		if err != nil {
			return err
		}
		for _, imp := range f.Imports {
			ip, _ := strconv.Unquote(imp.Path.Value)
			if !strings.HasPrefix(ip, module) {
				continue
			}
			rel := strings.TrimPrefix(ip, module)
			if !strings.HasPrefix(rel, "briefing/") {
				t.Errorf("%s imports %s: the core imports nothing of the rest of the program", p, ip)
				continue
			}
			dep := path.Base(rel)
			if layers[dep] >= layers[pkg] {
				t.Errorf("%s (%s) imports %s: a package may import only a lower layer", p, pkg, dep)
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}
