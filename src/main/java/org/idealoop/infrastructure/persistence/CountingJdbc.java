package org.idealoop.infrastructure.persistence;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.Set;
import java.util.function.Consumer;
import javax.sql.DataSource;

/**
 * A datasource whose statements report themselves after they ran: JDK dynamic proxies around the
 * connections and statements the container's datasource hands out (so pooling and JTA enlistment are the
 * container's, unchanged). datasource-proxy would do the same, but its jar carries a JSP tag library
 * (javax.servlet.jsp) that Payara 6's TLD scanner refuses, which stops the WAR from deploying.
 */
final class CountingJdbc {

    private static final Set<String> EXECUTIONS = Set.of("execute", "executeQuery", "executeUpdate",
            "executeLargeUpdate", "executeBatch", "executeLargeBatch");

    private CountingJdbc() {
    }

    /** Wraps the datasource; {@code ran} receives each executed statement's SQL (a batch as one). */
    static DataSource wrap(DataSource dataSource, Consumer<String> ran) {
        return proxy(DataSource.class, dataSource, (method, args, result) ->
                method.getName().equals("getConnection") ? connection((Connection) result, ran) : result);
    }

    static boolean isWrapped(DataSource dataSource) {
        return Proxy.isProxyClass(dataSource.getClass())
                && Proxy.getInvocationHandler(dataSource) instanceof Handler;
    }

    private static Connection connection(Connection connection, Consumer<String> ran) {
        return proxy(Connection.class, connection, (method, args, result) -> switch (method.getName()) {
            case "createStatement" -> statement(Statement.class, (Statement) result, null, ran);
            case "prepareStatement" -> statement(PreparedStatement.class, (Statement) result, (String) args[0], ran);
            case "prepareCall" -> statement(CallableStatement.class, (Statement) result, (String) args[0], ran);
            default -> result;
        });
    }

    private static <S extends Statement> S statement(Class<S> type, Statement statement, String prepared,
                                                     Consumer<String> ran) {
        return type.cast(Proxy.newProxyInstance(CountingJdbc.class.getClassLoader(), new Class<?>[] {type},
                (proxy, method, args) -> {
                    if (!EXECUTIONS.contains(method.getName())) {
                        return invoke(proxy, method, statement, args);
                    }
                    String sql = prepared != null ? prepared : args != null && args.length > 0 && args[0] instanceof String s ? s : "?";
                    try {
                        return invoke(proxy, method, statement, args);
                    } finally {
                        ran.accept(method.getName().endsWith("Batch") ? "[batch] " + sql : sql);
                    }
                }));
    }

    private interface After {
        Object apply(Method method, Object[] args, Object result);
    }

    private record Handler(Object target, After after) implements InvocationHandler {

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            return after.apply(method, args, CountingJdbc.invoke(proxy, method, target, args));
        }
    }

    private static <T> T proxy(Class<T> type, T target, After after) {
        return type.cast(Proxy.newProxyInstance(CountingJdbc.class.getClassLoader(), new Class<?>[] {type},
                new Handler(target, after)));
    }

    /** Calls the wrapped object; a proxy equals only itself. */
    private static Object invoke(Object proxy, Method method, Object target, Object[] args) throws Throwable {
        if (method.getName().equals("equals") && args != null && args.length == 1) {
            return proxy == args[0];
        }
        if (method.getName().equals("hashCode") && args == null) {
            return System.identityHashCode(proxy);
        }
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
