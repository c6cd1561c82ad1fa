package dev.otelspring.testing.otlp;

import java.util.List;
import java.util.Map;

/**
 * One metric data point. A single shape serves every metric type, so fields that do not apply to
 * a type are zero or empty.
 *
 * <ul>
 *   <li>SUM, GAUGE: {@code value} is the number (integers widened to double); count and sum are 0.
 *   <li>HISTOGRAM: {@code count}, {@code sum}, explicit {@code bucketBounds} and {@code
 *       bucketCounts} (one more count than bounds); {@code value} repeats {@code sum}.
 *   <li>EXPONENTIAL_HISTOGRAM: {@code bucketBounds} are the upper bounds of the positive buckets
 *       (computed from scale and offset) and {@code bucketCounts} their counts; the zero bucket and
 *       negative buckets only show in {@code count}. {@code value} repeats {@code sum}.
 *   <li>SUMMARY: {@code count} and {@code sum}; quantiles are not exposed. {@code value} repeats
 *       {@code sum}.
 * </ul>
 *
 * @param attributes point attributes, values converted as described on {@link ReceivedSpan}
 * @param value see above
 * @param count number of measurements in a distribution point
 * @param sum sum of the measurements in a distribution point
 * @param bucketBounds see above
 * @param bucketCounts see above
 * @param exemplars exemplars attached to the point (every type but SUMMARY can carry them)
 */
public record ReceivedPoint(
    Map<String, Object> attributes,
    double value,
    long count,
    double sum,
    List<Double> bucketBounds,
    List<Long> bucketCounts,
    List<ReceivedExemplar> exemplars) {}
