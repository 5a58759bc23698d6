// Package ledger is the durable record of daily posts, kept in a bbolt
// file. Every operation opens the file, runs one transaction and closes it:
// bbolt's file lock makes two processes take turns, and a crash mid-write
// leaves the last committed state.
package ledger

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"time"

	bolt "go.etcd.io/bbolt"
	bolterrors "go.etcd.io/bbolt/errors"

	"github.com/briefbot/briefbot/bot"
)

const (
	// FileName is the ledger's file in the state folder.
	FileName = "ledger.db"
	// ClaimTTL is how long a claim holds off other runs. It outlasts a
	// post's retries (bot.Daily's PostTimeout); an older claim is taken for
	// a run that died before recording its post, and is claimed again.
	ClaimTTL = 15 * time.Minute
	// lockTimeout is how long to wait for another process's transaction.
	lockTimeout = 10 * time.Second
)

var (
	postsBucket = []byte("posts")
	lastBucket  = []byte("last")
)

// State is where one day's post to one target stands.
type State string

// States of a post.
const (
	Pending State = "pending"
	Posted  State = "posted"
	Failed  State = "failed"
)

// Record is one day's post to one target.
type Record struct {
	State     State     `json:"state"`
	MessageID string    `json:"message_id,omitempty"`
	ClaimedAt time.Time `json:"claimed_at"`
	PostedAt  time.Time `json:"posted_at,omitzero"`
	Error     string    `json:"error,omitempty"`
}

// Ledger keeps records in a bbolt file.
type Ledger struct {
	path string
}

var _ bot.Ledger = (*Ledger)(nil)

// Open returns the ledger in dir, creating the folder; it checks that the
// file can be opened.
func Open(dir string) (*Ledger, error) {
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return nil, fmt.Errorf("ledger folder %s: %w", dir, err)
	}
	l := &Ledger{path: filepath.Join(dir, FileName)}
	if err := l.update(func(tx *bolt.Tx) error {
		if _, err := tx.CreateBucketIfNotExists(postsBucket); err != nil {
			return err
		}
		_, err := tx.CreateBucketIfNotExists(lastBucket)
		return err
	}); err != nil {
		return nil, err
	}
	return l, nil
}

func (l *Ledger) open(readOnly bool) (*bolt.DB, error) {
	db, err := bolt.Open(l.path, 0o600, &bolt.Options{Timeout: lockTimeout, ReadOnly: readOnly})
	if err != nil {
		return nil, fmt.Errorf("open ledger %s: %w", l.path, err)
	}
	return db, nil
}

func (l *Ledger) update(fn func(tx *bolt.Tx) error) error {
	db, err := l.open(false)
	if err != nil {
		return err
	}
	if err := db.Update(fn); err != nil {
		db.Close()
		return fmt.Errorf("ledger %s: %w", l.path, err)
	}
	return db.Close()
}

func key(t bot.Target, day string) []byte { return []byte(day + "/" + t.String()) }

func get(b *bolt.Bucket, k []byte) (Record, bool, error) {
	v := b.Get(k)
	if v == nil {
		return Record{}, false, nil
	}
	var r Record
	if err := json.Unmarshal(v, &r); err != nil {
		return Record{}, false, fmt.Errorf("record %s: %w", k, err)
	}
	return r, true, nil
}

func put(b *bolt.Bucket, k []byte, r Record) error {
	v, err := json.Marshal(r)
	if err != nil {
		return err
	}
	return b.Put(k, v)
}

// Claim implements bot.Ledger.
func (l *Ledger) Claim(t bot.Target, day string, now time.Time, force bool) (bot.ClaimResult, error) {
	result := bot.Claimed
	err := l.update(func(tx *bolt.Tx) error {
		b := tx.Bucket(postsBucket)
		k := key(t, day)
		r, ok, err := get(b, k)
		if err != nil {
			return err
		}
		if ok && !force {
			switch {
			case r.State == Posted:
				result = bot.AlreadyPosted
				return nil
			case r.State == Pending && now.Sub(r.ClaimedAt) < ClaimTTL:
				result = bot.InProgress
				return nil
			}
		}
		return put(b, k, Record{State: Pending, ClaimedAt: now})
	})
	return result, err
}

// Posted implements bot.Ledger.
func (l *Ledger) Posted(t bot.Target, day, messageID string, articles []string, now time.Time) error {
	return l.update(func(tx *bolt.Tx) error {
		b := tx.Bucket(postsBucket)
		k := key(t, day)
		r, _, err := get(b, k)
		if err != nil {
			return err
		}
		r.State, r.MessageID, r.PostedAt, r.Error = Posted, messageID, now, ""
		if err := put(b, k, r); err != nil {
			return err
		}
		v, err := json.Marshal(articles)
		if err != nil {
			return err
		}
		return tx.Bucket(lastBucket).Put([]byte(t.String()), v)
	})
}

// Failed implements bot.Ledger.
func (l *Ledger) Failed(t bot.Target, day string, cause error, now time.Time) error {
	return l.update(func(tx *bolt.Tx) error {
		b := tx.Bucket(postsBucket)
		k := key(t, day)
		r, _, err := get(b, k)
		if err != nil {
			return err
		}
		if r.State == Posted {
			return nil // never undo a recorded post
		}
		r.State = Failed
		if cause != nil {
			r.Error = cause.Error()
		}
		return put(b, k, r)
	})
}

// LastArticles implements bot.Ledger.
func (l *Ledger) LastArticles(t bot.Target) ([]string, error) {
	var out []string
	err := l.update(func(tx *bolt.Tx) error {
		v := tx.Bucket(lastBucket).Get([]byte(t.String()))
		if v == nil {
			return nil
		}
		return json.Unmarshal(v, &out)
	})
	return out, err
}

// PostedOn implements bot.Ledger.
func (l *Ledger) PostedOn(t bot.Target, day string) (bool, error) {
	r, ok, err := l.Get(t, day)
	return ok && r.State == Posted, err
}

// Get returns the record of one day's post to a target.
func (l *Ledger) Get(t bot.Target, day string) (Record, bool, error) {
	var r Record
	var ok bool
	err := l.update(func(tx *bolt.Tx) error {
		var err error
		r, ok, err = get(tx.Bucket(postsBucket), key(t, day))
		return err
	})
	if err != nil && errors.Is(err, bolterrors.ErrTimeout) {
		return r, ok, fmt.Errorf("ledger busy: %w", err)
	}
	return r, ok, err
}
