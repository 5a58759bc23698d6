package bot

import (
	"sync/atomic"

	"github.com/briefbot/briefbot/briefing"
)

// Live is a Briefer whose briefing can be replaced while queries run: a
// query sees the old briefing or the new one, never a half-built one.
type Live struct {
	cur atomic.Pointer[briefing.Briefing]
}

var _ Briefer = (*Live)(nil)

// Store makes b the briefing every later query sees.
func (l *Live) Store(b *briefing.Briefing) { l.cur.Store(b) }

// Loaded reports whether a briefing has been stored.
func (l *Live) Loaded() bool { return l.cur.Load() != nil }

// current returns the briefing, or an empty one before the first Store.
func (l *Live) current() *briefing.Briefing {
	if b := l.cur.Load(); b != nil {
		return b
	}
	return emptyBriefing
}

var emptyBriefing = briefing.New(nil)

// Brief implements Briefer.
func (l *Live) Brief(topic string) (briefing.Brief, briefing.Topic) { return l.current().Brief(topic) }

// WhoSaid implements Briefer.
func (l *Live) WhoSaid(name string) (briefing.Resolution, []briefing.Quote) {
	return l.current().WhoSaid(name)
}

// Timeline implements Briefer.
func (l *Live) Timeline(topic string) ([]briefing.Event, briefing.Topic) {
	return l.current().Timeline(topic)
}

// Quotes implements Briefer.
func (l *Live) Quotes() []briefing.Quote { return l.current().Quotes() }

// People implements Briefer.
func (l *Live) People() []briefing.Person { return l.current().People() }

// Suggest implements Briefer.
func (l *Live) Suggest(prefix string, n int) []briefing.Person {
	return l.current().Suggest(prefix, n)
}

// Article implements Briefer.
func (l *Live) Article(id string) (briefing.Article, bool) { return l.current().Article(id) }
