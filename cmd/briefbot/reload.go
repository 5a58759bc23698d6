package main

import (
	"context"
	"io/fs"
	"log/slog"
	"path/filepath"
	"time"

	"github.com/fsnotify/fsnotify"
)

// reloadDelay gathers a burst of file events (an editor's save, a copy of
// many files) into one rebuild.
const reloadDelay = 300 * time.Millisecond

// articleWatcher reports changes to a folder of articles and its
// subfolders.
type articleWatcher struct {
	w   *fsnotify.Watcher
	dir string
	log *slog.Logger
}

// watchArticles starts watching dir. It is called before the articles are
// first read, so that no change made during the read is missed.
func watchArticles(dir string, log *slog.Logger) (*articleWatcher, error) {
	w, err := fsnotify.NewWatcher()
	if err != nil {
		return nil, err
	}
	err = filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err == nil && d.IsDir() {
			return w.Add(p)
		}
		return nil
	})
	if err != nil {
		w.Close()
		return nil, err
	}
	return &articleWatcher{w: w, dir: dir, log: log}, nil
}

// Run calls reload after files are created, written, renamed or removed,
// once per burst, until ctx ends; then it stops watching.
func (a *articleWatcher) Run(ctx context.Context, reload func()) {
	defer a.w.Close()
	var timer <-chan time.Time
	for {
		select {
		case <-ctx.Done():
			return
		case ev, ok := <-a.w.Events:
			if !ok {
				return
			}
			if ev.Has(fsnotify.Create) {
				// A new subfolder is watched too.
				_ = a.w.Add(ev.Name)
			}
			timer = time.After(reloadDelay)
		case err, ok := <-a.w.Errors:
			if !ok {
				return
			}
			a.log.Warn("watching articles", "dir", a.dir, "err", err)
		case <-timer:
			timer = nil
			reload()
		}
	}
}
