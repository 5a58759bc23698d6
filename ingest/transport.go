package ingest

import (
	"context"
	"io"
	"net/http"
	"strconv"
	"sync"
	"time"
)

const (
	// MaxPerHost is how many requests run at once against one host.
	MaxPerHost = 2
	// MaxRetries is how often a request answered 429 or 503 is tried again.
	MaxRetries = 3
	// MaxRetryWait is the longest Retry-After honoured; a host that asks
	// for longer is reported as failing and tried on the next run.
	MaxRetryWait = 2 * time.Minute
	// retryBackoff is the first wait when a 429 or 503 names none.
	retryBackoff = time.Second
)

// politeTransport keeps to a few requests at once per host and waits as
// long as a host asks (Retry-After) before trying a 429 or 503 again.
type politeTransport struct {
	base    http.RoundTripper
	perHost int

	mu    sync.Mutex
	hosts map[string]chan struct{}
	// sleep waits d or until ctx ends; tests shorten it.
	sleep func(ctx context.Context, d time.Duration) error
	now   func() time.Time
}

func newPoliteTransport(base http.RoundTripper) *politeTransport {
	if base == nil {
		base = http.DefaultTransport
	}
	return &politeTransport{base: base, perHost: MaxPerHost, hosts: map[string]chan struct{}{}, sleep: sleepCtx, now: time.Now}
}

func sleepCtx(ctx context.Context, d time.Duration) error {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
		return ctx.Err()
	case <-t.C:
		return nil
	}
}

func (t *politeTransport) slot(host string) chan struct{} {
	t.mu.Lock()
	defer t.mu.Unlock()
	c, ok := t.hosts[host]
	if !ok {
		c = make(chan struct{}, t.perHost)
		t.hosts[host] = c
	}
	return c
}

// RoundTrip implements http.RoundTripper. The host's slot is held until
// the response body is closed, so a slow download counts against its host.
func (t *politeTransport) RoundTrip(req *http.Request) (*http.Response, error) {
	slot := t.slot(req.URL.Host)
	select {
	case slot <- struct{}{}:
	case <-req.Context().Done():
		return nil, req.Context().Err()
	}
	release := sync.OnceFunc(func() { <-slot })
	for attempt := 0; ; attempt++ {
		resp, err := t.base.RoundTrip(req)
		if err != nil {
			release()
			return nil, err
		}
		retryable := resp.StatusCode == http.StatusTooManyRequests || resp.StatusCode == http.StatusServiceUnavailable
		wait, ok := retryAfter(resp.Header.Get("Retry-After"), t.now())
		if !ok {
			wait = retryBackoff << attempt
		}
		if !retryable || attempt >= MaxRetries || req.Body != nil || wait > MaxRetryWait {
			resp.Body = &releasingBody{ReadCloser: resp.Body, release: release}
			return resp, nil
		}
		_, _ = io.Copy(io.Discard, io.LimitReader(resp.Body, 64<<10))
		resp.Body.Close()
		if err := t.sleep(req.Context(), wait); err != nil {
			release()
			return nil, err
		}
	}
}

// releasingBody gives the host's slot back when the body is closed.
type releasingBody struct {
	io.ReadCloser
	release func()
}

func (b *releasingBody) Close() error {
	err := b.ReadCloser.Close()
	b.release()
	return err
}

// retryAfter reads a Retry-After header: seconds, or an HTTP date.
func retryAfter(v string, now time.Time) (time.Duration, bool) {
	if v == "" {
		return 0, false
	}
	if s, err := strconv.Atoi(v); err == nil && s >= 0 {
		return time.Duration(s) * time.Second, true
	}
	if t, err := http.ParseTime(v); err == nil {
		d := t.Sub(now)
		if d < 0 {
			d = 0
		}
		return d, true
	}
	return 0, false
}
