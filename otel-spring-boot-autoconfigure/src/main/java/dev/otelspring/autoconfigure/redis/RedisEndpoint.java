package dev.otelspring.autoconfigure.redis;

import java.net.InetSocketAddress;
import java.net.SocketAddress;

/**
 * The server and database of one connection, as its spans report them. The database changes
 * when a {@code SELECT} on that connection succeeds. Address and port are {@code null} when
 * unknown (a cluster, whose commands go to many nodes), the port also for a Unix socket.
 */
final class RedisEndpoint {

	private final String address;

	private final Integer port;

	private volatile long database;

	RedisEndpoint(String address, Integer port, long database) {
		this.address = address;
		this.port = port;
		this.database = database;
	}

	static RedisEndpoint of(SocketAddress socketAddress, long database) {
		if (socketAddress instanceof InetSocketAddress inet) {
			// The host string as configured: no reverse lookup on an I/O thread.
			return new RedisEndpoint(inet.getHostString(), inet.getPort(), database);
		}
		return new RedisEndpoint((socketAddress != null) ? socketAddress.toString() : null, null, database);
	}

	String address() {
		return this.address;
	}

	Integer port() {
		return this.port;
	}

	long database() {
		return this.database;
	}

	void selected(long database) {
		this.database = database;
	}

}
