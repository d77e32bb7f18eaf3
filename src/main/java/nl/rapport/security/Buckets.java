package nl.rapport.security;

import com.hazelcast.config.MapConfig;
import com.hazelcast.core.HazelcastInstance;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.grid.hazelcast.Bucket4jHazelcast;
import io.github.bucket4j.local.LocalBucketBuilder;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Arrays;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * Token buckets by key (Bucket4j). In a cluster they live in Payara's Hazelcast data grid, so that
 * every node draws from the same bucket and two nodes do not double a limit; a node that runs
 * without the data grid ({@code --nocluster}) keeps them in its own memory.
 */
@ApplicationScoped
public class Buckets {

  private static final Logger LOG = Logger.getLogger(Buckets.class.getName());

  /** The data grid's map; its entries expire when untouched, so forgotten callers cost nothing. */
  static final String MAP = "rapport-rate-limits";

  /** Longest an untouched bucket is kept: longer than any allowance takes to fill up again. */
  private static final int KEEP_SECONDS = 3600;

  /** Local buckets beyond this many are pruned of the full ones (a full bucket is a new one). */
  private static final int LOCAL_PRUNE_FROM = 10_000;

  private record Local(Bucket bucket, long capacity) {}

  private volatile ProxyManager<String> grid;
  private final ConcurrentMap<String, Local> local = new ConcurrentHashMap<>();

  @PostConstruct
  void connect() {
    try {
      Object found = new InitialContext().lookup("payara/Hazelcast");
      if (found instanceof HazelcastInstance hazelcast
          && hazelcast.getLifecycleService().isRunning()) {
        try {
          hazelcast.getConfig().addMapConfig(new MapConfig(MAP).setTimeToLiveSeconds(KEEP_SECONDS));
        } catch (RuntimeException e) {
          // another node added it first, perhaps differently: its entries still expire
          LOG.log(Level.FINE, "The rate-limit map's expiry was configured elsewhere", e);
        }
        grid = Bucket4jHazelcast.casBasedBuilder(hazelcast.<String, byte[]>getMap(MAP)).build();
        LOG.info("Rate limits are kept in the data grid, shared by every node");
      }
    } catch (NamingException | RuntimeException | LinkageError e) {
      LOG.log(Level.FINE, "No data grid here: rate limits are kept on this node", e);
    }
  }

  /** Whether the buckets are shared by the cluster's nodes. */
  public boolean shared() {
    return grid != null;
  }

  /** The bucket under this key, made full with this allowance when there is none yet. */
  public Bucket bucket(String key, Allowance allowance) {
    ProxyManager<String> shared = grid;
    if (shared != null) {
      return shared.builder().build(key, allowance::bucket);
    }
    if (local.size() > LOCAL_PRUNE_FROM) {
      local.values().removeIf(b -> b.bucket().getAvailableTokens() >= b.capacity());
    }
    return local
        .computeIfAbsent(
            key,
            k -> {
              LocalBucketBuilder builder = Bucket.builder();
              Arrays.stream(allowance.bucket().getBandwidths()).forEach(builder::addLimit);
              return new Local(builder.build(), allowance.burst());
            })
        .bucket();
  }
}
