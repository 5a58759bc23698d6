package ledger

import (
	"errors"
	"testing"
	"time"

	"github.com/briefbot/briefbot/bot"
)

func TestClaimLifecycle(t *testing.T) {
	dir := t.TempDir()
	l, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	tg := bot.Target{Platform: "slack", Channel: "C1"}
	now := time.Date(2026, 3, 4, 8, 0, 0, 0, time.UTC)
	day := "2026-03-04"
	steps := []struct {
		name  string
		do    func() (bot.ClaimResult, error)
		want  bot.ClaimResult
		state State
	}{
		{"first claim", func() (bot.ClaimResult, error) { return l.Claim(tg, day, now, false) }, bot.Claimed, Pending},
		{"second claim while posting", func() (bot.ClaimResult, error) { return l.Claim(tg, day, now.Add(time.Minute), false) }, bot.InProgress, Pending},
		{"failed then claimed again", func() (bot.ClaimResult, error) {
			if err := l.Failed(tg, day, errors.New("503"), now); err != nil {
				return 0, err
			}
			return l.Claim(tg, day, now.Add(2*time.Minute), false)
		}, bot.Claimed, Pending},
		{"posted", func() (bot.ClaimResult, error) {
			if err := l.Posted(tg, day, "1503435956.000247", []string{"a@1"}, now); err != nil {
				return 0, err
			}
			return l.Claim(tg, day, now.Add(time.Hour), false)
		}, bot.AlreadyPosted, Posted},
		{"failure never undoes a post", func() (bot.ClaimResult, error) {
			if err := l.Failed(tg, day, errors.New("late"), now); err != nil {
				return 0, err
			}
			return l.Claim(tg, day, now.Add(time.Hour), false)
		}, bot.AlreadyPosted, Posted},
	}
	for _, s := range steps {
		got, err := s.do()
		if err != nil || got != s.want {
			t.Fatalf("%s: %v, %v; want %v", s.name, got, err, s.want)
		}
		r, _, _ := l.Get(tg, day)
		if r.State != s.state {
			t.Fatalf("%s: state %s, want %s", s.name, r.State, s.state)
		}
	}
	// A new handle on the same folder sees the same record.
	again, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	r, ok, err := again.Get(tg, day)
	if err != nil || !ok || r.MessageID != "1503435956.000247" {
		t.Errorf("reopened: %+v %v %v", r, ok, err)
	}
	if arts, _ := again.LastArticles(tg); len(arts) != 1 {
		t.Errorf("last articles %v", arts)
	}
	other := bot.Target{Platform: "discord", Channel: "456"}
	if got, _ := again.Claim(other, day, now, false); got != bot.Claimed {
		t.Error("one target's post must not block another's")
	}
}

func TestStaleClaimIsTakenAgain(t *testing.T) {
	l, err := Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	tg := bot.Target{Platform: "discord", Channel: "456"}
	now := time.Now()
	if got, _ := l.Claim(tg, "d", now, false); got != bot.Claimed {
		t.Fatal("first claim")
	}
	if got, _ := l.Claim(tg, "d", now.Add(ClaimTTL+time.Second), false); got != bot.Claimed {
		t.Error("a claim older than ClaimTTL should be taken again")
	}
}
