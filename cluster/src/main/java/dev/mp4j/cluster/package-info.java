/**
 * The cluster context: mp4j's API on the nodes of an Apache Ignite 2.x cluster, for work that
 * outgrows one machine. {@link dev.mp4j.cluster.ClusterContext} starts or joins a node and
 * gives the {@link dev.mp4j.core.Context} whose Pool runs its tasks on the cluster's server
 * nodes. This module is the only one that knows Ignite.
 */
package dev.mp4j.cluster;
