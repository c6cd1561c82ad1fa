package dev.otelspring.reliability;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/**
 * HTTP/1.1 by hand, for headers no well-behaved client sends: bytes outside US-ASCII, characters
 * the W3C headers forbid. Each value goes on the wire as ISO-8859-1, byte for byte.
 */
final class RawHttp {

	private static final int TIMEOUT_MILLIS = 30_000;

	private RawHttp() {
	}

	/** Sends a GET with the headers (name, value, name, value, ...) and returns the status code. */
	static int get(URI uri, String... headers) {
		StringBuilder request = new StringBuilder("GET ").append(uri.getRawPath());
		if (uri.getRawQuery() != null) {
			request.append('?').append(uri.getRawQuery());
		}
		request.append(" HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n");
		for (int i = 0; i < headers.length; i += 2) {
			request.append(headers[i]).append(": ").append(headers[i + 1]).append("\r\n");
		}
		request.append("\r\n");
		try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), uri.getPort())) {
			socket.setSoTimeout(TIMEOUT_MILLIS);
			OutputStream out = socket.getOutputStream();
			out.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
			out.flush();
			InputStream in = socket.getInputStream();
			String response = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
			// "HTTP/1.1 200 " -> 200
			return Integer.parseInt(response.substring(9, 12));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
