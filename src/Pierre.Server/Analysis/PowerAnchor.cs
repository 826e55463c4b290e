namespace Pierre.Server.Analysis;

/// <summary>What the power zones are built on: FTP with Coggan's seven zones (the default), or critical power and W′ with the intensity domains.</summary>
internal enum PowerAnchor
{
    Ftp = 0,
    CriticalPower,
}
