package ingest

import (
	"net/url"
	"sort"
	"strings"
)

// trackingParams are query parameters that say how a reader came to a page,
// not which page it is.
var trackingParams = map[string]bool{
	"fbclid": true, "gclid": true, "dclid": true, "msclkid": true, "igshid": true, "yclid": true,
	"mc_cid": true, "mc_eid": true, "_ga": true, "_gl": true, "ocid": true, "cmpid": true,
	"cmp": true, "at_medium": true, "at_campaign": true, "at_custom1": true, "at_custom2": true,
	"at_custom3": true, "at_custom4": true, "smid": true, "smtyp": true, "taid": true,
	"ito": true, "in_source": true, "guccounter": true, "mbid": true,
	"s_cid": true, "xtor": true, "wt.mc_id": true, "ref_src": true, "sr_share": true,
}

// trackingPrefixes start families of tracking parameters: utm_source,
// ns_campaign, pk_kwd.
var trackingPrefixes = []string{"utm_", "ns_", "pk_", "mtm_", "hsa_", "oly_", "vero_"}

func isTracking(param string) bool {
	p := strings.ToLower(param)
	if trackingParams[p] {
		return true
	}
	for _, pre := range trackingPrefixes {
		if strings.HasPrefix(p, pre) {
			return true
		}
	}
	return false
}

// Canonical returns the address of a page without what varies between two
// links to it: tracking parameters, the fragment, the default port, the
// case of scheme and host, and the order of the remaining parameters. It
// returns raw unchanged when it is no http(s) address.
func Canonical(raw string) string {
	u, err := url.Parse(strings.TrimSpace(raw))
	if err != nil || (u.Scheme != "http" && u.Scheme != "https" && u.Scheme != "HTTP" && u.Scheme != "HTTPS") || u.Host == "" {
		return raw
	}
	u.Scheme = strings.ToLower(u.Scheme)
	host := strings.ToLower(u.Hostname())
	if port := u.Port(); port != "" && !(u.Scheme == "http" && port == "80") && !(u.Scheme == "https" && port == "443") {
		host += ":" + port
	}
	u.Host = host
	u.Fragment, u.RawFragment = "", ""
	u.User = nil
	if u.Path == "" {
		u.Path = "/"
	}
	q := u.Query()
	for k := range q {
		if isTracking(k) {
			delete(q, k)
		}
	}
	keys := make([]string, 0, len(q))
	for k := range q {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var parts []string
	for _, k := range keys {
		vs := q[k]
		sort.Strings(vs)
		for _, v := range vs {
			parts = append(parts, url.QueryEscape(k)+"="+url.QueryEscape(v))
		}
	}
	u.RawQuery = strings.Join(parts, "&")
	u.ForceQuery = false
	return u.String()
}
