# Varnish 7 in front of Carepath (Debian: apt-get install varnish varnish-modules).
# Caches the delivery API's anonymous answers, files them under their Surrogate-Key (xkey) and lets Carepath purge
# exactly the answers a publish alters: set CAREPATH_CDN_PURGE_URL=http://<this varnish>/ on every Carepath instance.
# The Varnish integration test (tests/ops/varnish.ts) runs this file, with the backend port changed.
vcl 4.1;

import std;
import xkey;

backend carepath {
    .host = "127.0.0.1";
    .port = "3000";
}

# Who may purge: the Carepath instances.
acl purgers {
    "127.0.0.1";
    "::1";
}

sub vcl_recv {
    if (req.method == "PURGE") {
        if (client.ip !~ purgers) {
            return (synth(403, "Forbidden"));
        }
        if (!req.http.xkey-purge) {
            return (synth(400, "Send the surrogate keys to purge in the xkey-purge header"));
        }
        set req.http.x-purged = xkey.purge(req.http.xkey-purge);
        return (synth(200, "Purged " + req.http.x-purged));
    }
    # Only the delivery API is cached: the admin, Payload's REST and GraphQL APIs always reach Carepath.
    if (req.url !~ "^/api/(delivery/graphql|feed|infobutton)(\?|$)") {
        return (pass);
    }
    if (req.method != "GET" && req.method != "HEAD") {
        return (pass);
    }
    # API-key answers are private to their client: never stored here.
    if (req.http.Authorization) {
        return (pass);
    }
    # Delivery ignores cookies; a signed-in editor browsing the website shares the anonymous answers.
    unset req.http.Cookie;
    return (hash);
}

sub vcl_backend_response {
    # Carepath marks what may be shared (Cache-Control: public, s-maxage=…); private and no-store answers are not kept.
    if (beresp.http.Surrogate-Key) {
        set beresp.http.xkey = beresp.http.Surrogate-Key;
    }
}

sub vcl_deliver {
    if (obj.hits > 0) {
        set resp.http.X-Cache = "HIT";
    } else {
        set resp.http.X-Cache = "MISS";
    }
    # The keys are for this cache only; browsers get Cache-Control: max-age=0 and revalidate with the ETag.
    unset resp.http.xkey;
    unset resp.http.Surrogate-Key;
    unset resp.http.Cache-Tag;
}
