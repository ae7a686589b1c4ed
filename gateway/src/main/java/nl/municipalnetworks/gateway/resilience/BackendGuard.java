package nl.municipalnetworks.gateway.resilience;

import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import io.smallrye.faulttolerance.api.CircuitBreakerState;
import io.smallrye.faulttolerance.api.TypedGuard;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpClosedException;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.httpproxy.Body;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyResponse;
import jakarta.enterprise.util.TypeLiteral;
import nl.municipalnetworks.gateway.routing.Backend;
import nl.municipalnetworks.gateway.web.Problems;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import org.jboss.logging.Logger;

import java.time.temporal.ChronoUnit;
import java.util.Set;
import java.util.concurrent.CompletionStage;

/**
 * A timeout and a circuit breaker around one backend (SmallRye Fault Tolerance, programmatic {@link TypedGuard}).
 *
 * <p>The timeout counts from the moment the caller's request body has been handed to the service (at once for a
 * request without a body) until the service starts its answer: a slow upload of a large document is not the
 * service's fault, a service that sits on a request is. The answer's body then streams without a time limit.
 * Transport failures (connection refused or reset) and timeouts count against the breaker; the service's own answers,
 * 5xx included, pass through and count as successes, and so does an exchange the caller broke off (a browser that
 * navigated away says nothing about the service). While the breaker is open, requests are not sent at all.
 * Either way the caller gets 503 problem+json with {@code Retry-After} (the breaker's delay).
 *
 * <p>A request without a body that may be repeated (GET, HEAD, OPTIONS) is sent once more, on another connection,
 * when the connection it went out on closed before any answer: a pooled keep-alive connection can close just as it
 * is taken (measured: about 1 in 1,500 requests under load), and that is no reason to fail the caller.
 */
public final class BackendGuard {

    /** The proxy context attachment that holds the request to the service, so that a timeout can cut it. */
    public static final String ORIGIN_REQUEST = "gateway.origin-request";

    private static final Logger LOG = Logger.getLogger(BackendGuard.class);
    private static final Set<HttpMethod> REPEATABLE = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS);

    private final Backend backend;
    private final String breakerName;
    private final CircuitBreakerMaintenance breakers;
    private final TypedGuard<CompletionStage<ProxyResponse>> guard;

    BackendGuard(Backend backend, CircuitBreakerMaintenance breakers) {
        this.backend = backend;
        this.breakerName = breakerName(backend.name());
        this.breakers = breakers;
        Backend.Breaker breaker = backend.breaker();
        this.guard = TypedGuard.create(new TypeLiteral<CompletionStage<ProxyResponse>>() {
                })
                .withDescription("backend " + backend.name())
                .withCircuitBreaker()
                .name(breakerName)
                .requestVolumeThreshold(breaker.requestVolume())
                .skipOn(CallerGone.class)
                .failureRatio(breaker.failureRatio())
                .delay(breaker.delay().toMillis(), ChronoUnit.MILLIS)
                .successThreshold(breaker.successThreshold())
                .onStateChange(state -> LOG.infof("Circuit breaker of backend %s is now %s", backend.name(), state))
                .done()
                .withTimeout()
                .duration(backend.timeout().toMillis(), ChronoUnit.MILLIS)
                .done()
                .build();
    }

    public static String breakerName(String backend) {
        return "gateway-backend-" + backend;
    }

    public Backend backend() {
        return backend;
    }

    public CircuitBreakerState state() {
        return breakers.currentState(breakerName);
    }

    /** Sends the proxied request to the service under this guard; never fails (an unavailable service is a 503 answer). */
    public Future<ProxyResponse> send(ProxyContext proxy) {
        Context context = Vertx.currentContext();
        if (state() == CircuitBreakerState.OPEN) {
            proxy.request().release();
            return Future.succeededFuture(unavailable(proxy, "is unavailable after repeated failures"));
        }
        Promise<Void> bodySent = Promise.promise();
        Body body = proxy.request().getBody();
        if (body == null) {
            bodySent.complete();
        } else {
            proxy.request().setBody(Body.body(new BodySent(body.stream(), bodySent), body.length()));
        }
        Future<ProxyResponse> answer = sendRepeatable(proxy, withoutBody(proxy, body))
                .recover(failure -> Future.failedFuture(callerGone(proxy) ? new CallerGone(failure) : failure));
        Promise<ProxyResponse> result = Promise.promise();
        // Whichever comes first: the body is handed over, or the service (or the connection attempt) answers.
        Promise<Void> first = Promise.promise();
        bodySent.future().onComplete(done -> first.tryComplete());
        answer.onComplete(done -> first.tryComplete());
        first.future().onComplete(done -> {
            if (bodySent.future().failed() && !answer.isComplete()) {
                // The caller broke off its upload: nothing the service did; the proxy answers the (gone) caller.
                answer.onComplete(result);
                return;
            }
            CompletionStage<ProxyResponse> guarded;
            try {
                guarded = guard.get(() -> answer.toCompletionStage());
            } catch (RuntimeException e) {
                guarded = Future.<ProxyResponse>failedFuture(e).toCompletionStage();
            }
            guarded.whenComplete((response, failure) -> context.runOnContext(v -> {
                if (failure == null) {
                    result.complete(response);
                } else {
                    result.complete(afterFailure(proxy, answer, failure));
                }
            }));
        });
        return result.future();
    }

    private static Future<ProxyResponse> sendRepeatable(ProxyContext proxy, boolean withoutBody) {
        Future<ProxyResponse> first = proxy.sendRequest();
        if (!withoutBody || !REPEATABLE.contains(proxy.request().getMethod())) {
            return first;
        }
        return first.recover(failure -> {
            if (!(failure instanceof HttpClosedException) || callerGone(proxy)) {
                return Future.failedFuture(failure);
            }
            // The caller's (empty) body was read by the first attempt; the second one sends none.
            proxy.request().setBody(null);
            return proxy.sendRequest();
        });
    }

    /** No body, or an empty one: the proxy always gives a request a body, read from the caller as it comes. */
    private static boolean withoutBody(ProxyContext proxy, Body body) {
        return body == null || body.length() == 0 || (body.length() < 0
                && !proxy.request().proxiedRequest().headers().contains(HttpHeaders.TRANSFER_ENCODING));
    }

    private static boolean callerGone(ProxyContext proxy) {
        return proxy.request().proxiedRequest().response().closed();
    }

    /** The caller's connection closed while the service was still answering: not the service's failure. */
    static final class CallerGone extends RuntimeException {
        CallerGone(Throwable cause) {
            super("the caller went away", cause, false, false);
        }
    }

    private ProxyResponse afterFailure(ProxyContext proxy, Future<ProxyResponse> answer, Throwable failure) {
        HttpClientRequest origin = proxy.get(ORIGIN_REQUEST, HttpClientRequest.class);
        if (origin != null) {
            origin.reset();
        }
        // An answer that comes after all is dropped (and its connection freed).
        answer.onSuccess(ProxyResponse::release);
        proxy.request().proxiedRequest().resume();
        Throwable cause = failure instanceof java.util.concurrent.CompletionException && failure.getCause() != null
                ? failure.getCause() : failure;
        if (cause instanceof CircuitBreakerOpenException) {
            return unavailable(proxy, "is unavailable after repeated failures");
        }
        if (cause instanceof TimeoutException) {
            return unavailable(proxy, "did not answer within " + backend.timeout().toMillis() + " ms");
        }
        LOG.debugf("Backend %s failed: %s", backend.name(), cause.toString());
        return unavailable(proxy, "cannot be reached");
    }

    private ProxyResponse unavailable(ProxyContext proxy, String what) {
        return proxy.request().response()
                .setStatusCode(503)
                .putHeader("Content-Type", Problems.MEDIA_TYPE)
                .putHeader("Cache-Control", "no-store")
                .putHeader("Retry-After", Problems.retryAfter(backend.breaker().delay()))
                .setBody(Body.body(Problems.body(503, "The " + backend.name() + " service " + what
                        + "; try again later. Other services are not affected.")));
    }
}
