package dev.otelspring.testing.otlp;

import com.google.protobuf.ByteString;
import io.opentelemetry.proto.common.v1.AnyValue;
import io.opentelemetry.proto.common.v1.KeyValue;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Converts the OTLP building blocks shared by all signals (ids, attributes) to plain Java. */
final class ProtoValues {

  private static final HexFormat HEX = HexFormat.of(); // lowercase, like W3C traceparent

  private ProtoValues() {}

  /** Lowercase hex of an id; an absent id (empty bytes) becomes {@code ""}. */
  static String hex(ByteString id) {
    return HEX.formatHex(id.toByteArray());
  }

  /**
   * Attributes in wire order. Not {@code Map.copyOf}: an empty AnyValue is legal on the wire and
   * becomes a null value, which immutable JDK maps reject.
   */
  static Map<String, Object> attributes(List<KeyValue> keyValues) {
    Map<String, Object> map = new LinkedHashMap<>();
    for (KeyValue keyValue : keyValues) {
      map.put(keyValue.getKey(), value(keyValue.getValue()));
    }
    return Collections.unmodifiableMap(map);
  }

  static Object value(AnyValue value) {
    return switch (value.getValueCase()) {
      case STRING_VALUE -> value.getStringValue();
      case BOOL_VALUE -> value.getBoolValue();
      case INT_VALUE -> value.getIntValue();
      case DOUBLE_VALUE -> value.getDoubleValue();
      case ARRAY_VALUE -> list(value.getArrayValue().getValuesList());
      case KVLIST_VALUE -> attributes(value.getKvlistValue().getValuesList());
      case BYTES_VALUE -> value.getBytesValue().toByteArray();
      default -> null; // VALUE_NOT_SET, or a value kind newer than this proto version
    };
  }

  private static List<Object> list(List<AnyValue> values) {
    List<Object> list = new ArrayList<>(values.size());
    for (AnyValue value : values) {
      list.add(value(value));
    }
    return Collections.unmodifiableList(list);
  }
}
