// Package store keeps the articles read from feeds, and what each feed
// answered last, in a bbolt file in the state folder. Like the ledger,
// every operation opens the file, runs one transaction and closes it, so
// that "briefbot ingest" from cron and a running "briefbot serve" take turns
// instead of locking each other out.
package store

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"time"

	bolt "go.etcd.io/bbolt"
	bolterrors "go.etcd.io/bbolt/errors"
)

const (
	// FileName is the store's file in the state folder.
	FileName = "articles.db"
	// lockTimeout is how long to wait for another process's transaction.
	lockTimeout = 10 * time.Second
)

var (
	articlesBucket = []byte("articles")
	// aliasesBucket maps another address of a stored page (its canonical
	// link) to the key it is stored under.
	aliasesBucket = []byte("aliases")
	feedsBucket   = []byte("feeds")
	// expiredBucket remembers the addresses of articles removed or refused
	// as too old, with when, so that a feed still listing one does not
	// bring it back at every read.
	expiredBucket = []byte("expired")
)

// MinRemembered is the shortest time an expired article's address is
// remembered: a feed may list an entry for weeks after it is published.
const MinRemembered = 30 * 24 * time.Hour

// Article is one stored web article.
type Article struct {
	// URL is the page's address without tracking parameters: the key.
	URL string `json:"url"`
	// Canonical is the page's own canonical link, when it differs.
	Canonical string `json:"canonical,omitempty"`
	// Feed is the feed the article was found in.
	Feed    string   `json:"feed,omitempty"`
	Title   string   `json:"title"`
	Site    string   `json:"site,omitempty"`
	Authors []string `json:"authors,omitempty"`
	// Published is YYYY-MM-DD: the page's date, else the feed entry's;
	// empty when neither gives one.
	Published string `json:"published,omitempty"`
	// Text is the body, paragraphs separated by blank lines.
	Text string `json:"text"`
	// Added is when the article was stored.
	Added time.Time `json:"added"`
}

// FeedState is what a feed answered last, for a conditional request.
type FeedState struct {
	ETag         string    `json:"etag,omitempty"`
	LastModified string    `json:"last_modified,omitempty"`
	Checked      time.Time `json:"checked,omitzero"`
}

// Store is the bbolt file of articles.
type Store struct {
	path string
}

// Open returns the store in dir, creating the folder and the file.
func Open(dir string) (*Store, error) {
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return nil, fmt.Errorf("article store folder %s: %w", dir, err)
	}
	s := &Store{path: filepath.Join(dir, FileName)}
	err := s.update(func(tx *bolt.Tx) error {
		for _, b := range [][]byte{articlesBucket, aliasesBucket, feedsBucket, expiredBucket} {
			if _, err := tx.CreateBucketIfNotExists(b); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	return s, nil
}

// Existing returns the store in dir for reading, without creating or
// writing anything; false when dir holds none. Commands that only read
// the articles use it, so that reading takes no write transaction.
func Existing(dir string) (*Store, bool) {
	p := filepath.Join(dir, FileName)
	st, err := os.Stat(p)
	if err != nil || !st.Mode().IsRegular() {
		return nil, false
	}
	return &Store{path: p}, true
}

// Path is the store's file.
func (s *Store) Path() string { return s.path }

func (s *Store) do(readOnly bool, fn func(tx *bolt.Tx) error) error {
	db, err := bolt.Open(s.path, 0o600, &bolt.Options{Timeout: lockTimeout, ReadOnly: readOnly})
	if err != nil {
		if errors.Is(err, bolterrors.ErrTimeout) {
			return fmt.Errorf("article store %s busy: %w", s.path, err)
		}
		return fmt.Errorf("open article store %s: %w", s.path, err)
	}
	if readOnly {
		err = db.View(fn)
	} else {
		err = db.Update(fn)
	}
	if err != nil {
		db.Close()
		return fmt.Errorf("article store %s: %w", s.path, err)
	}
	return db.Close()
}

func (s *Store) update(fn func(tx *bolt.Tx) error) error { return s.do(false, fn) }
func (s *Store) view(fn func(tx *bolt.Tx) error) error   { return s.do(true, fn) }

// Stored returns which of the addresses are stored, as an article's key or
// as another address of one, or were stored or refused and have expired
// (see Expire): an address it reports is not fetched again.
func (s *Store) Stored(urls []string) (map[string]bool, error) {
	out := map[string]bool{}
	err := s.view(func(tx *bolt.Tx) error {
		arts, aliases, expired := tx.Bucket(articlesBucket), tx.Bucket(aliasesBucket), tx.Bucket(expiredBucket)
		for _, u := range urls {
			if u == "" {
				continue
			}
			// A store made before expiry was has no bucket of it.
			if arts.Get([]byte(u)) != nil || aliases.Get([]byte(u)) != nil || expired != nil && expired.Get([]byte(u)) != nil {
				out[u] = true
			}
		}
		return nil
	})
	return out, err
}

// Old reports whether an article is older than cutoff: by its
// publication date when it has one (a day, so the day of cutoff is not
// older), else by when it was stored.
func Old(published string, added, cutoff time.Time) bool {
	if published != "" {
		return published < cutoff.UTC().Format(time.DateOnly)
	}
	return added.Before(cutoff)
}

// Expire removes the articles older than keep before now (see Old), and
// their other addresses, and remembers their addresses for keep again, or
// MinRemembered if longer; addresses remembered longer than that are
// forgotten. It returns how many articles it removed.
func (s *Store) Expire(now time.Time, keep time.Duration) (int, error) {
	cutoff := now.Add(-keep)
	forget := now.Add(-max(keep, MinRemembered))
	removed := 0
	at, err := now.UTC().MarshalText()
	if err != nil {
		return 0, err
	}
	err = s.update(func(tx *bolt.Tx) error {
		arts, aliases := tx.Bucket(articlesBucket), tx.Bucket(aliasesBucket)
		expired, err := tx.CreateBucketIfNotExists(expiredBucket)
		if err != nil {
			return err
		}
		gone, err := keysWhere(arts, func(k, v []byte) (bool, error) {
			// Only the dates are read: the text is most of the record.
			var a struct {
				Published string    `json:"published"`
				Added     time.Time `json:"added"`
			}
			// A record that cannot be read is kept: Articles reports it,
			// and the others still expire.
			return json.Unmarshal(v, &a) == nil && Old(a.Published, a.Added, cutoff), nil
		})
		if err != nil {
			return err
		}
		if err := removeKeys(arts, gone, expired, at); err != nil {
			return err
		}
		goneSet := map[string]bool{}
		for _, k := range gone {
			goneSet[string(k)] = true
		}
		stale, err := keysWhere(aliases, func(_, v []byte) (bool, error) { return goneSet[string(v)], nil })
		if err != nil {
			return err
		}
		if err := removeKeys(aliases, stale, expired, at); err != nil {
			return err
		}
		forgotten, err := keysWhere(expired, func(_, v []byte) (bool, error) {
			var t time.Time
			return t.UnmarshalText(v) != nil || t.Before(forget), nil
		})
		if err != nil {
			return err
		}
		removed = len(gone)
		return removeKeys(expired, forgotten, nil, nil)
	})
	return removed, err
}

// keysWhere returns the keys of the entries of b that keep accepts: bbolt
// forbids changing a bucket while iterating it, so keys are collected
// before any is removed.
func keysWhere(b *bolt.Bucket, keep func(k, v []byte) (bool, error)) ([][]byte, error) {
	var out [][]byte
	err := b.ForEach(func(k, v []byte) error {
		ok, err := keep(k, v)
		if ok {
			out = append(out, bytes.Clone(k))
		}
		return err
	})
	return out, err
}

// removeKeys deletes keys from b and, when remember is set, records each
// there with the time at.
func removeKeys(b *bolt.Bucket, keys [][]byte, remember *bolt.Bucket, at []byte) error {
	for _, k := range keys {
		if err := b.Delete(k); err != nil {
			return err
		}
		if remember != nil {
			if err := remember.Put(k, at); err != nil {
				return err
			}
		}
	}
	return nil
}

// Refuse remembers addresses of articles too old to store, as Expire
// remembers those it removes, so that they are not fetched again.
func (s *Store) Refuse(urls []string, now time.Time) error {
	at, err := now.UTC().MarshalText()
	if err != nil {
		return err
	}
	return s.update(func(tx *bolt.Tx) error {
		expired, err := tx.CreateBucketIfNotExists(expiredBucket)
		if err != nil {
			return err
		}
		for _, u := range urls {
			if u == "" {
				continue
			}
			if err := expired.Put([]byte(u), at); err != nil {
				return err
			}
		}
		return nil
	})
}

// Put stores an article under its URL, and its canonical link as another
// address of it. It reports false, storing nothing, when either address is
// stored already.
func (s *Store) Put(a Article) (bool, error) {
	if a.URL == "" {
		return false, errors.New("store: article without URL")
	}
	v, err := json.Marshal(a)
	if err != nil {
		return false, err
	}
	added := false
	err = s.update(func(tx *bolt.Tx) error {
		arts, aliases := tx.Bucket(articlesBucket), tx.Bucket(aliasesBucket)
		for _, k := range []string{a.URL, a.Canonical} {
			if k != "" && (arts.Get([]byte(k)) != nil || aliases.Get([]byte(k)) != nil) {
				return nil
			}
		}
		if err := arts.Put([]byte(a.URL), v); err != nil {
			return err
		}
		if a.Canonical != "" && a.Canonical != a.URL {
			if err := aliases.Put([]byte(a.Canonical), []byte(a.URL)); err != nil {
				return err
			}
		}
		added = true
		return nil
	})
	return added, err
}

// Articles returns every stored article, oldest added first, and the
// addresses of records that could not be read, skipped (a file written by
// another version, or damaged): one bad record loses no other article.
func (s *Store) Articles() (arts []Article, unreadable []string, err error) {
	err = s.view(func(tx *bolt.Tx) error {
		b := tx.Bucket(articlesBucket)
		if b == nil {
			return nil // a file whose first transaction never committed
		}
		return b.ForEach(func(k, v []byte) error {
			var a Article
			if json.Unmarshal(v, &a) != nil {
				unreadable = append(unreadable, string(k))
				return nil
			}
			arts = append(arts, a)
			return nil
		})
	})
	sort.SliceStable(arts, func(i, j int) bool {
		if !arts[i].Added.Equal(arts[j].Added) {
			return arts[i].Added.Before(arts[j].Added)
		}
		return arts[i].URL < arts[j].URL
	})
	return arts, unreadable, err
}

// Feed returns what a feed answered last; the zero state when never read.
func (s *Store) Feed(url string) (FeedState, error) {
	var st FeedState
	err := s.view(func(tx *bolt.Tx) error {
		v := tx.Bucket(feedsBucket).Get([]byte(url))
		if v == nil {
			return nil
		}
		return json.Unmarshal(v, &st)
	})
	return st, err
}

// SetFeed records what a feed answered.
func (s *Store) SetFeed(url string, st FeedState) error {
	v, err := json.Marshal(st)
	if err != nil {
		return err
	}
	return s.update(func(tx *bolt.Tx) error { return tx.Bucket(feedsBucket).Put([]byte(url), v) })
}
