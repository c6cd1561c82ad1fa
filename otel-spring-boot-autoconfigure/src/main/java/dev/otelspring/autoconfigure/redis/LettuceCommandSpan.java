package dev.otelspring.autoconfigure.redis;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import io.lettuce.core.protocol.CommandArgs;
import io.lettuce.core.protocol.CommandArgsAccessor;
import io.lettuce.core.protocol.CompleteableCommand;
import io.lettuce.core.protocol.RedisCommand;
import io.lettuce.core.tracing.Tracer;
import io.lettuce.core.tracing.Tracing;
import io.opentelemetry.context.Context;

/**
 * The span of one Lettuce command. Lettuce starts it when it writes the command; it ends when the
 * command completes, fails or is cancelled. It is recorded only then, so a span Lettuce starts and
 * never completes costs nothing.
 */
final class LettuceCommandSpan extends Tracer.Span {

	private final RedisCommandSpans spans;

	private final Context parent;

	private RedisEndpoint endpoint = new RedisEndpoint(null, null, 0);

	private String operation;

	private int argumentCount;

	private Instant start;

	private Throwable error;

	private boolean finished;

	LettuceCommandSpan(RedisCommandSpans spans, Context parent) {
		this.spans = spans;
		this.parent = parent;
	}

	@Override
	public Tracer.Span start(RedisCommand<?, ?, ?> command) {
		this.start = Instant.now();
		this.operation = new String(command.getType().getBytes(), StandardCharsets.US_ASCII);
		CommandArgs<?, ?> args = command.getArgs();
		this.argumentCount = (args != null) ? args.count() : 0;
		boolean select = args != null && this.operation.equals("SELECT");
		Long selected = select ? CommandArgsAccessor.getFirstInteger(args) : null;
		if (command instanceof CompleteableCommand<?> completeable) {
			completeable.onComplete((result, failure) -> {
				if (failure != null) {
					error(failure);
				}
				else if (selected != null) {
					this.endpoint.selected(selected);
				}
				finish();
			});
		}
		return this;
	}

	// Ignored: the name is the command's type, read in start(); the annotations mark the start and
	// end of encoding, not worth two events on every command; and tags may carry argument values.
	@Override
	public Tracer.Span name(String name) {
		return this;
	}

	@Override
	public Tracer.Span annotate(String value) {
		return this;
	}

	@Override
	public Tracer.Span tag(String key, String value) {
		return this;
	}

	@Override
	public Tracer.Span error(Throwable throwable) {
		this.error = throwable;
		return this;
	}

	@Override
	public Tracer.Span remoteEndpoint(Tracing.Endpoint endpoint) {
		if (endpoint instanceof OpenTelemetryLettuceTracing.ConnectionEndpoint connection) {
			this.endpoint = connection.endpoint();
		}
		return this;
	}

	@Override
	public void finish() {
		if (this.start != null && !this.finished) {
			this.finished = true;
			this.spans.record(this.parent, this.operation, this.argumentCount, this.endpoint, this.start, this.error);
		}
	}

}
