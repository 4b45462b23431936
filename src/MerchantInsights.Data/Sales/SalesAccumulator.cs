using System.Buffers;
using System.Runtime.InteropServices;
using MerchantInsights.Data.Import;
using MerchantInsights.Data.Storage;
using Microsoft.Data.Sqlite;

namespace MerchantInsights.Data.Sales;

/// <summary>
/// Adds order lines into product×day totals and per-product facts in memory. Day totals are handed over in sorted
/// batches (<see cref="TakeDays"/>) so memory stays bounded on large files; product facts are merged at the end.
/// The import feeds it the lines it inserts; a rebuild feeds it every stored line.
/// Money is summed as exact whole ten-thousandths in a double (exact below 2⁵³, i.e. ~900 billion).
/// </summary>
internal sealed class SalesAccumulator
{
    private readonly Dictionary<string, int> _productIndex = [];
    private readonly List<ProductFacts> _products = [];
    private readonly List<string> _productIds = [];
    private readonly Dictionary<long, DayTotals> _days;
    private readonly HashSet<string> _customers = [];
    // Order ids already stored or seen by this import: 64-bit hashes (8 bytes each, as LineKey) so a million orders stay small. A
    // collision would undercount the shop's orders by one, with probability about n²/2⁶⁵.
    private readonly LongTable _orderHashes;
    private long _newOrders;
    private string? _lastOrderId, _lastCustomer;
    private long _lines;
    private double _revenue, _units;
    private DateTime? _firstOrder, _lastOrder;
    private readonly Dictionary<int, (double Revenue, double Units)> _shopDays = [];

    /// <param name="expectedLines">Lines the caller expects to add, and <paramref name="dayBatch"/> the product-days it takes at a
    /// time (when known): the tables are made at their final size once, instead of growing by copies that wait for a full collection on
    /// the large-object heap (they were most of the import's peak memory).</param>
    public SalesAccumulator(int expectedLines = 0, int dayBatch = 0)
    {
        _days = new Dictionary<long, DayTotals>(dayBatch > 0 ? dayBatch + 1024 : 0, MixedKey.Instance);
        _orderHashes = new LongTable(expectedLines);
    }

    public int Products => _products.Count;
    public int Customers => _customers.Count;
    public int PendingDays => _days.Count;
    public DateOnly? FirstDay { get; private set; }
    public DateOnly? LastDay { get; private set; }

    public void Add(in KeyedLine keyed)
    {
        var line = keyed.Line;
        if (!_productIndex.TryGetValue(line.ProductId, out var product))
        {
            product = _products.Count;
            _productIndex[line.ProductId] = product;
            _productIds.Add(line.ProductId);
            _products.Add(new ProductFacts());
        }
        var day = DateOnly.FromDateTime(line.OrderDate);
        ref var totals = ref CollectionsMarshal.GetValueRefOrAddDefault(_days, ((long)product << 32) | (uint)day.DayNumber, out _);
        var amount = line.Quantity * MoneyConverter.ToStored(line.UnitPrice);
        totals.Revenue += amount;
        if (line.Quantity > 0) { totals.Units += line.Quantity; totals.SalesRevenue += amount; }
        else totals.Returns -= line.Quantity;
        if (keyed.Occurrence == 1) totals.Orders++;
        _products[product].See(line);
        // An order's lines share one pooled customer string (SalesRowParser): hashed once per run of lines.
        if (line.CustomerId is { } customer && !ReferenceEquals(customer, _lastCustomer))
        {
            _customers.Add(customer);
            _lastCustomer = customer;
        }
        // An order's lines usually come one after another, as one string (SalesRowParser): hashed once.
        if (!ReferenceEquals(line.OrderId, _lastOrderId) && _orderHashes.Add(OrderHash(line.OrderId))) _newOrders++;
        _lastOrderId = line.OrderId;
        ref var shopDay = ref CollectionsMarshal.GetValueRefOrAddDefault(_shopDays, day.DayNumber, out _);
        shopDay.Revenue += amount;
        if (line.Quantity > 0) shopDay.Units += line.Quantity;
        _lines++;
        _revenue += amount;
        if (line.Quantity > 0) _units += line.Quantity;
        if (_firstOrder is null || line.OrderDate < _firstOrder) _firstOrder = line.OrderDate;
        if (_lastOrder is null || line.OrderDate > _lastOrder) _lastOrder = line.OrderDate;
        if (FirstDay is null || day < FirstDay) FirstDay = day;
        if (LastDay is null || day > LastDay) LastDay = day;
    }

    /// <summary>An order already stored: its further lines do not count it again.</summary>
    public void KnowStoredOrder(string orderId) => _orderHashes.Add(OrderHash(orderId));

    private static long OrderHash(string orderId) => (long)LineKey.Pair(orderId, "");

    /// <summary>The pending day totals in (product, day) order — so the clustered DailySales B-tree is written sequentially — and forgets
    /// them. The rows are in an array of the shared pool; whoever writes them gives it back (<see cref="DailySalesWriter"/>).</summary>
    /// <remarks>Sorted by one number per row (the product's rank among the ids in ordinal order, then the day) instead of comparing
    /// id strings: a tenth of the time on a million rows.</remarks>
    public DayRows TakeDays()
    {
        var rank = new int[_productIds.Count];
        var byId = Enumerable.Range(0, rank.Length).ToArray();
        Array.Sort(byId, (a, b) => string.CompareOrdinal(_productIds[a], _productIds[b]));
        for (var i = 0; i < byId.Length; i++) rank[byId[i]] = i;
        var count = _days.Count;
        var rows = ArrayPool<DayRow>.Shared.Rent(count);
        var order = ArrayPool<long>.Shared.Rent(count);
        var n = 0;
        foreach (var (key, t) in _days)
        {
            var product = (int)(key >> 32);
            var day = (int)(key & 0xFFFFFFFF);
            order[n] = ((long)rank[product] << 32) | (uint)day;
            rows[n++] = new DayRow(_productIds[product], DateOnly.FromDayNumber(day), t.Units, t.Returns, t.Revenue, t.SalesRevenue,
                t.Orders);
        }
        _days.Clear();
        Array.Sort(order, rows, 0, count);
        ArrayPool<long>.Shared.Return(order);
        return new DayRows(rows, count);
    }

    /// <summary>Writes whatever day totals are still pending (after the batches already handed to <paramref name="days"/>), then merges
    /// the product facts and adds to the shop's precomputed summary.</summary>
    public async Task WriteAsync(SqliteConnection connection, SqliteTransaction tx, DailySalesWriter days, CancellationToken ct)
    {
        days.Enqueue(TakeDays());
        days.WriteAll();
        await ProductFactsWriter.WriteAsync(connection, tx, _productIds.Select((id, i) => (id, _products[i])), ct);
        if (_lines > 0) await ShopSummaryWriter.AddAsync(connection, tx, _newOrders, _customers, _shopDays, _lines, _revenue, _units,
            _firstOrder, _lastOrder, ct);
    }

    /// <summary>long's own hash XORs its halves: (product, day) pairs would collapse into a few thousand buckets.</summary>
    private sealed class MixedKey : IEqualityComparer<long>
    {
        public static readonly MixedKey Instance = new();
        public bool Equals(long x, long y) => x == y;
        public int GetHashCode(long key) => (int)(((ulong)key * 0x9E3779B97F4A7C15UL) >> 32);
    }

    private struct DayTotals
    {
        public double Units, Returns, Revenue, SalesRevenue;
        public int Orders;
    }
}
