package bot

import (
	"context"
	"fmt"
	"log/slog"
	"strings"
	"time"

	"github.com/go-co-op/gocron/v2"
	"github.com/jonboulle/clockwork"
)

// Schedule runs a job on a cron expression in a time zone with gocron.
type Schedule struct {
	// Expr is a five-field cron expression; a CRON_TZ= or TZ= prefix names
	// its zone instead of Location.
	Expr     string
	Location *time.Location
	// Clock is the scheduler's clock; nil for the real one (tests pass a
	// fake).
	Clock clockwork.Clock
	Log   *slog.Logger
}

// Zone returns the zone the schedule's days are counted in: the
// expression's own CRON_TZ when it has one, else Location.
func (s Schedule) Zone() (*time.Location, error) {
	for _, p := range []string{"CRON_TZ=", "TZ="} {
		if rest, ok := strings.CutPrefix(strings.TrimSpace(s.Expr), p); ok {
			name, _, _ := strings.Cut(rest, " ")
			loc, err := time.LoadLocation(name)
			if err != nil {
				return nil, fmt.Errorf("schedule %q: unknown time zone %q", s.Expr, name)
			}
			return loc, nil
		}
	}
	if s.Location != nil {
		return s.Location, nil
	}
	return time.UTC, nil
}

func (s Schedule) scheduler(clock clockwork.Clock) (gocron.Scheduler, error) {
	loc, err := s.Zone()
	if err != nil {
		return nil, err
	}
	opts := []gocron.SchedulerOption{gocron.WithLocation(loc)}
	if clock != nil {
		opts = append(opts, gocron.WithClock(clock))
	}
	return gocron.NewScheduler(opts...)
}

// Start runs job at every scheduled time until ctx ends or stop is
// called. A run never overlaps the one before.
func (s Schedule) Start(ctx context.Context, job func(ctx context.Context)) (stop func() error, err error) {
	sched, err := s.scheduler(s.Clock)
	if err != nil {
		return nil, err
	}
	j, err := sched.NewJob(gocron.CronJob(s.Expr, false), gocron.NewTask(func() { job(ctx) }),
		gocron.WithSingletonMode(gocron.LimitModeReschedule), gocron.WithName("daily briefing"))
	if err != nil {
		return nil, fmt.Errorf("schedule %q: %w", s.Expr, err)
	}
	sched.Start()
	if next, err := j.NextRun(); err == nil && s.Log != nil {
		s.Log.Info("daily briefing scheduled", "expr", s.Expr, "next", next)
	}
	return sched.Shutdown, nil
}

// MissedToday returns the latest time today, before now, that the
// schedule fired or should have, when it lies within grace of now: a
// process that was down then posts on start, once, the same local day.
func (s Schedule) MissedToday(now time.Time, grace time.Duration) (time.Time, bool, error) {
	loc, err := s.Zone()
	if err != nil {
		return time.Time{}, false, err
	}
	local := now.In(loc)
	midnight := time.Date(local.Year(), local.Month(), local.Day(), 0, 0, 0, 0, loc)
	// A scheduler on a clock stopped at midnight lists today's times.
	sched, err := s.scheduler(clockwork.NewFakeClockAt(midnight.Add(-time.Second)))
	if err != nil {
		return time.Time{}, false, err
	}
	defer sched.Shutdown()
	j, err := sched.NewJob(gocron.CronJob(s.Expr, false), gocron.NewTask(func() {}))
	if err != nil {
		return time.Time{}, false, fmt.Errorf("schedule %q: %w", s.Expr, err)
	}
	sched.Start()
	runs, err := j.NextRuns(24 * 60)
	if err != nil {
		return time.Time{}, false, err
	}
	var last time.Time
	for _, r := range runs {
		if r.After(now) || r.In(loc).Day() != local.Day() {
			break
		}
		last = r
	}
	if last.IsZero() || now.Sub(last) > grace {
		return last, false, nil
	}
	return last, true, nil
}
